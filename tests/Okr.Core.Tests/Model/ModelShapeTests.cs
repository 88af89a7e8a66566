using System.Reflection;
using System.Reflection.Emit;

namespace Okr.Core.Tests.Model;

/// <summary>Shape rules of the public model: closed measure kinds, and array overloads for C# 12 callers.</summary>
public class ModelShapeTests
{
    private static readonly Assembly Library = typeof(Measure).Assembly;

    [Fact]
    public void Measure_HasAnInternalAbstractMember_SoOnlyOkrCoreCanDeriveFromIt()
    {
        var closing = typeof(Measure).GetMethods(BindingFlags.Instance | BindingFlags.NonPublic)
            .Where(m => m.IsAbstract && m.IsAssembly)
            .ToList();
        Assert.NotEmpty(closing);
        Assert.DoesNotContain(typeof(Measure).GetConstructors(BindingFlags.Instance | BindingFlags.Public), static c => true);
        var kinds = Library.GetTypes().Where(t => t.IsSubclassOf(typeof(Measure))).ToList();
        Assert.Equal(["BaselineMeasure", "MetricMeasure", "MilestoneMeasure", "ThresholdMeasure"], kinds.Select(t => t.Name).Order());
        Assert.All(kinds, t => Assert.True(t.IsSealed && t.IsPublic, t.Name));
    }

    [Fact]
    public void Measure_SubclassInAnotherAssembly_IsRefusedByTheRuntime()
    {
        // What a user's compiler would refuse (CS0534), the runtime refuses too: the internal abstract member
        // cannot be implemented from outside, so the type cannot be loaded.
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("OutsideMeasures"), AssemblyBuilderAccess.Run);
        var module = assembly.DefineDynamicModule("OutsideMeasures");
        var type = module.DefineType("MyMeasure", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class, typeof(Measure));
        var baseCopy = typeof(Measure).GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic, [typeof(Measure)])!;
        var ctor = type.DefineConstructor(MethodAttributes.Public, CallingConventions.Standard, [typeof(Measure)]);
        var il = ctor.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Call, baseCopy);
        il.Emit(OpCodes.Ret);
        // Implement everything a record derived from Measure needs (the compiler's clone method), and try to
        // override the internal member too: the one thing that must still fail is that member.
        var cloneBase = typeof(Measure).GetMethod("<Clone>$")!;
        var clone = type.DefineMethod("<Clone>$", MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.HideBySig, typeof(Measure), Type.EmptyTypes);
        var cloneIl = clone.GetILGenerator();
        cloneIl.Emit(OpCodes.Ldarg_0);
        cloneIl.Emit(OpCodes.Ret);
        type.DefineMethodOverride(clone, cloneBase);
        var internalMember = typeof(Measure).GetMethods(BindingFlags.Instance | BindingFlags.NonPublic).Single(m => m.IsAbstract && m.IsAssembly);
        var attempt = type.DefineMethod(internalMember.Name, MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.HideBySig, internalMember.ReturnType, [.. internalMember.GetParameters().Select(p => p.ParameterType)]);
        var attemptIl = attempt.GetILGenerator();
        attemptIl.Emit(OpCodes.Ldc_R8, 0.0);
        attemptIl.Emit(OpCodes.Ret);
        var error = Assert.Throws<TypeLoadException>(() => type.CreateType());
        Assert.Contains(internalMember.Name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryParamsCollectionMethod_HasAParamsArrayOverload()
    {
        var flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var checkedCount = 0;
        foreach (var type in Library.GetExportedTypes())
        {
            var members = type.GetMethods(flags).Cast<MethodBase>().Concat(type.GetConstructors(flags)).ToList();
            foreach (var member in members)
            {
                var parameters = member.GetParameters();
                if (parameters.Length == 0) continue;
                var last = parameters[^1];
                if (!last.CustomAttributes.Any(a => a.AttributeType.Name == "ParamCollectionAttribute")) continue;
                if (!last.ParameterType.IsGenericType || last.ParameterType.GetGenericTypeDefinition() != typeof(IEnumerable<>)) continue;
                checkedCount++;
                var element = last.ParameterType.GetGenericArguments()[0];
                var expected = parameters[..^1].Select(p => p.ParameterType).Append(element.MakeArrayType()).ToArray();
                var twin = members.SingleOrDefault(m => m.Name == member.Name && m.GetParameters().Select(p => p.ParameterType).SequenceEqual(expected));
                Assert.True(twin is not null, $"{type.Name}.{member.Name}({string.Join(", ", parameters.Select(p => p.ParameterType.Name))}) has no params {element.Name}[] overload.");
                Assert.True(twin!.GetParameters()[^1].IsDefined(typeof(ParamArrayAttribute)), $"{type.Name}.{member.Name}: the array overload is not params.");
            }
        }
        Assert.True(checkedCount >= 2, "Expected at least Measure.Milestones and the Diagnostic constructor.");
    }

    [Fact]
    public void ArrayOverloads_BehaveLikeTheCollectionOnes()
    {
        Milestone[] steps = [new() { Title = "A" }, new() { Title = "B", Done = true }];
        Assert.Equal(Measure.Milestones((IEnumerable<Milestone>)steps), Measure.Milestones(steps));
        Assert.Equal(2, Measure.Milestones(steps[0], steps[1]).Steps.Count);
        Assert.Empty(Measure.Milestones().Steps);
        var withIds = new Diagnostic(DiagnosticCodes.Cycle, DiagnosticSeverity.Error, "Loop.", "a", "b");
        Assert.Equal(["a", "b"], withIds.Ids);
        Assert.Equal(new Diagnostic(DiagnosticCodes.Cycle, DiagnosticSeverity.Error, "Loop.", new List<string> { "a", "b" }), withIds);
        Assert.Empty(new Diagnostic(DiagnosticCodes.Cycle, DiagnosticSeverity.Error, "Loop.").Ids);
        steps[0] = new Milestone { Title = "Changed" };
        Assert.Equal("A", Measure.Milestones(new Milestone { Title = "A" }).Steps[0].Title);
    }
}
