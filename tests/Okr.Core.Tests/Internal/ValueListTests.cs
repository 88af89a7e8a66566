using Okr.Core.Internal;

namespace Okr.Core.Tests.Internal;

/// <summary>The lists and maps every model record holds compare by content, so records compare by content.</summary>
public sealed class ValueListTests
{
    [Fact]
    public void Records_WithEqualListsMadeApart_AreEqual()
    {
        var a = new Objective { Id = "o", Title = "Grow", OwnerIds = ["sales", "hr"] };
        var b = new Objective { Id = "o", Title = "Grow", OwnerIds = new List<string> { "sales", "hr" } };
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { OwnerIds = ["hr", "sales"] }); // order is content
    }

    [Fact]
    public void From_Null_IsTheEmptyList_AndAnExistingListIsKept()
    {
        Assert.Same(ValueList<string>.Empty, ValueList<string>.From(null));
        Assert.Same(ValueList<string>.Empty, ValueList<string>.From([]));
        var list = ValueList<string>.From(["a"]);
        Assert.Same(list, ValueList<string>.From(list));
    }

    [Fact]
    public void Append_CopiesOnce_AndLeavesTheOriginalAsItWas()
    {
        var original = ValueList<int>.From([1, 2]);
        var appended = ValueList<int>.Append(original, 3);
        Assert.Equal([1, 2], original);
        Assert.Equal([1, 2, 3], appended);
        Assert.Equal([1, 2, 3], ValueList<int>.Append(new List<int> { 1, 2 }, 3));
    }

    [Fact]
    public void Extensions_CompareByContent_InAnyOrder_AndAnUnknownKeyNamesItself()
    {
        var a = new Owner { Id = "x", Extensions = new Dictionary<string, string> { ["x-a"] = "1", ["x-b"] = "\"two\"" } };
        var b = new Owner { Id = "x", Extensions = new Dictionary<string, string> { ["x-b"] = "\"two\"", ["x-a"] = "1" } };
        Assert.Equal(a, b);
        var e = Assert.Throws<KeyNotFoundException>(() => a.Extensions["x-c"]);
        Assert.Contains("x-c", e.Message, StringComparison.Ordinal);
    }
}
