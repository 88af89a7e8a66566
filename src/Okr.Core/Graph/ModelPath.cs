using System.Globalization;

namespace Okr.Core.Graph;

/// <summary>
/// A JSON-style path into the model such as <c>$.keyResults[3].checkIns[1].date</c>, the one way the compiler names
/// where a diagnostic points. It is kept as parts and formatted only when a diagnostic is reported: compiling a valid
/// million-objective set must not format millions of paths.
/// </summary>
internal readonly struct ModelPath
{
    private readonly string? _list;
    private readonly int _index;
    private readonly string? _middle;
    private readonly int _item;
    private readonly string? _leaf;

    /// <summary>Item <paramref name="index"/> of a top-level list of the set, such as <c>$.objectives[2]</c>.</summary>
    public ModelPath(string list, int index) : this(list, index, null, -1, null)
    {
    }

    private ModelPath(string? list, int index, string? middle, int item, string? leaf)
    {
        _list = list;
        _index = index;
        _middle = middle;
        _item = item;
        _leaf = leaf;
    }

    /// <summary>The set as a whole: <c>$</c>.</summary>
    public static ModelPath Root => default;

    /// <summary>A member below this path: <c>.id</c>, <c>.measure.target</c>.</summary>
    public ModelPath Leaf(string suffix) => new(_list, _index, _middle, _item, _leaf + suffix);

    /// <summary>Item <paramref name="position"/> of a list below this path: <c>.checkIns[1]</c>.</summary>
    public ModelPath Item(string name, int position) => new(_list, _index, _leaf + name, position, null);

    public override string ToString()
    {
        if (_list is null) return "$";
        var text = string.Create(CultureInfo.InvariantCulture, $"$.{_list}[{_index}]{_middle}");
        if (_item >= 0) text += string.Create(CultureInfo.InvariantCulture, $"[{_item}]");
        return text + _leaf;
    }
}
