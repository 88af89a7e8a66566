using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Okr.Core.Tests.PublicApi;

/// <summary>
/// Writes the public surface of an assembly as stable, sorted text: every public type with its kind, modifiers,
/// base type and interfaces, and every public or protected member with its signature and nullability.
/// A small, reflection-based stand-in for PublicApiGenerator, which the package registry here does not serve.
/// </summary>
internal static class PublicApiGenerator
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Generate(Assembly assembly)
    {
        var sb = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            sb.Append(TypeHeader(type)).Append('\n');
            foreach (var line in Members(type).OrderBy(l => l, StringComparer.Ordinal)) sb.Append("    ").Append(line).Append('\n');
        }
        return sb.ToString();
    }

    private static string TypeHeader(Type type)
    {
        var parts = new List<string> { "public" };
        string kind;
        if (type.IsEnum) kind = "enum";
        else if (type.IsInterface) kind = "interface";
        else if (type.IsValueType) kind = IsRecord(type) ? "record struct" : "struct";
        else if (typeof(Delegate).IsAssignableFrom(type)) kind = "delegate";
        else kind = IsRecord(type) ? "record" : "class";
        if (type.IsClass && type.IsAbstract && type.IsSealed) parts.Add("static");
        else if (type.IsClass && type.IsAbstract && !type.IsInterface) parts.Add("abstract");
        else if (type.IsClass && type.IsSealed && kind != "delegate") parts.Add("sealed");
        if (type.IsValueType && type.GetCustomAttributes().Any(a => a.GetType().Name == "IsReadOnlyAttribute")) parts.Add("readonly");
        parts.Add(kind);
        parts.Add(TypeName(type, null));
        var bases = new List<string>();
        if (type.IsEnum) bases.Add(TypeName(Enum.GetUnderlyingType(type), null));
        else if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && !typeof(Delegate).IsAssignableFrom(type)) bases.Add(TypeName(b, null));
        var inherited = type.BaseType?.GetInterfaces() ?? [];
        bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Except(inherited)
            .Select(i => TypeName(i, null)).OrderBy(n => n, StringComparer.Ordinal));
        var header = string.Join(' ', parts);
        return bases.Count > 0 ? $"{header} : {string.Join(", ", bases)}" : header;
    }

    private static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum)
        {
            foreach (var f in type.GetFields(BindingFlags.Public | BindingFlags.Static))
                yield return $"{f.Name} = {Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}";
            yield break;
        }
        var nullability = new NullabilityInfoContext();
        foreach (var m in type.GetMembers(Declared))
        {
            if (m.GetCustomAttribute<CompilerGeneratedAttribute>() is not null && m is not PropertyInfo) continue;
            switch (m)
            {
                case ConstructorInfo c when Visible(c) && !(type.IsAbstract && type.IsSealed):
                    yield return $"{Access(c)}ctor({Parameters(c.GetParameters(), nullability)})";
                    break;
                case MethodInfo mi when Visible(mi) && !mi.IsSpecialName && !mi.Name.StartsWith('<'):
                    yield return $"{Access(mi)}{MethodModifiers(mi, type)}{TypeName(mi.ReturnType, nullability.Create(mi.ReturnParameter))} {mi.Name}{GenericArgs(mi)}({Parameters(mi.GetParameters(), nullability)})";
                    break;
                case MethodInfo mi when Visible(mi) && mi.IsSpecialName && mi.Name.StartsWith("op_", StringComparison.Ordinal):
                    yield return $"{Access(mi)}static {TypeName(mi.ReturnType, nullability.Create(mi.ReturnParameter))} {mi.Name}({Parameters(mi.GetParameters(), nullability)})";
                    break;
                case PropertyInfo p when p.Name != "EqualityContract":
                    {
                        var get = p.GetMethod is { } g && Visible(g) ? g : null;
                        var set = p.SetMethod is { } s && Visible(s) ? s : null;
                        if (get is null && set is null) break;
                        var any = get ?? set!;
                        var accessors = new StringBuilder("{ ");
                        if (get is not null) accessors.Append("get; ");
                        if (set is not null) accessors.Append(IsInit(set) ? "init; " : "set; ");
                        accessors.Append('}');
                        var index = p.GetIndexParameters();
                        var name = index.Length > 0 ? $"this[{Parameters(index, nullability)}]" : p.Name;
                        var required = p.GetCustomAttribute<RequiredMemberAttribute>() is not null ? "required " : "";
                        yield return $"{Access(any)}{required}{MethodModifiers(any, type)}{TypeName(p.PropertyType, nullability.Create(p))} {name} {accessors}";
                        break;
                    }
                case FieldInfo f when (f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly) && !f.IsSpecialName:
                    {
                        var prefix = f.IsLiteral ? "const " : (f.IsStatic ? "static " : "") + (f.IsInitOnly ? "readonly " : "");
                        var value = f.IsLiteral ? $" = {Literal(f.GetRawConstantValue())}" : "";
                        yield return $"{(f.IsPublic ? "public " : "protected ")}{prefix}{TypeName(f.FieldType, nullability.Create(f))} {f.Name}{value}";
                        break;
                    }
                case EventInfo e when e.AddMethod is { } add && Visible(add):
                    yield return $"{Access(add)}event {TypeName(e.EventHandlerType!, nullability.Create(e))} {e.Name}";
                    break;
                case Type nested when nested.IsNestedPublic:
                    break; // listed on its own
            }
        }
    }

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null
        || type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is not null;

    private static bool IsInit(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    private static bool Visible(MethodBase m) => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly;

    private static string Access(MethodBase m) => m.IsPublic ? "public " : "protected ";

    private static string MethodModifiers(MethodInfo m, Type owner)
    {
        if (m.IsStatic) return "static ";
        if (owner.IsInterface) return m.IsAbstract ? "" : "virtual ";
        if (m.IsAbstract) return "abstract ";
        var isOverride = m.GetBaseDefinition().DeclaringType != m.DeclaringType;
        if (isOverride) return m.IsFinal ? "sealed override " : "override ";
        if (m.IsVirtual && !m.IsFinal) return "virtual ";
        return "";
    }

    private static string GenericArgs(MethodInfo m) =>
        m.IsGenericMethodDefinition ? $"<{string.Join(", ", m.GetGenericArguments().Select(a => a.Name))}>" : "";

    private static string Parameters(ParameterInfo[] ps, NullabilityInfoContext ctx) => string.Join(", ", ps.Select(p =>
    {
        var prefix = p.GetCustomAttribute<ParamArrayAttribute>() is not null || p.GetCustomAttributes().Any(a => a.GetType().Name == "ParamCollectionAttribute") ? "params " : "";
        var type = p.ParameterType;
        if (type.IsByRef)
        {
            prefix += p.IsOut ? "out " : p.IsIn ? "in " : "ref ";
            type = type.GetElementType()!;
        }
        var name = TypeName(type, type == p.ParameterType ? ctx.Create(p) : null);
        var defaultText = p.DefaultValue is null && type.IsValueType && Nullable.GetUnderlyingType(type) is null ? "default" : Literal(p.DefaultValue);
        var def = p.HasDefaultValue ? $" = {defaultText}" : "";
        return $"{prefix}{name} {p.Name}{def}";
    }));

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string TypeName(Type type, NullabilityInfo? info)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying) return TypeName(underlying, null) + "?";
        string name;
        if (type.IsArray) name = TypeName(type.GetElementType()!, info?.ElementType) + "[]";
        else if (type.IsGenericParameter) name = type.Name;
        else if (type.IsGenericType)
        {
            var def = type.GetGenericTypeDefinition();
            var bare = def.FullName![..def.FullName!.IndexOf('`')].Replace('+', '.');
            var args = type.GetGenericArguments();
            var argNames = args.Select((a, i) => TypeName(a, info is not null && info.GenericTypeArguments.Length == args.Length ? info.GenericTypeArguments[i] : null));
            name = $"{Short(bare)}<{string.Join(", ", argNames)}>";
        }
        else name = Short(type.FullName?.Replace('+', '.') ?? type.Name);
        if (!type.IsValueType && info is { ReadState: NullabilityState.Nullable }) name += "?";
        return name;
    }

    private static string Short(string fullName) => fullName switch
    {
        "System.Void" => "void",
        "System.Object" => "object",
        "System.String" => "string",
        "System.Boolean" => "bool",
        "System.Int32" => "int",
        "System.Int64" => "long",
        "System.Double" => "double",
        "System.Byte" => "byte",
        "System.Char" => "char",
        _ when fullName.StartsWith("Okr.Core.", StringComparison.Ordinal) => fullName["Okr.Core.".Length..],
        _ => fullName,
    };
}
