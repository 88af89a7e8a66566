using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Okr.Core.Tests.Architecture;

/// <summary>
/// Reads a compiled assembly with System.Reflection.Metadata and lists, for every type it defines, the types that
/// type uses: base type, interfaces, field, method and local signatures, attributes, generic constraints and every
/// type, method or field token in its method bodies. Compiler-generated nested types (closures, state machines)
/// count as their outermost declaring type. Names are namespace-qualified; nested types are named by their outermost
/// type.
/// </summary>
internal static class TypeReferenceReader
{
    private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    /// <summary>Every type defined in the assembly at <paramref name="path"/> with the types it uses (other than itself).</summary>
    public static Dictionary<string, HashSet<string>> Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var provider = new NameProvider(md);
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var handle in md.TypeDefinitions)
        {
            var owner = provider.NameOf(handle);
            if (owner.Length == 0 || owner.StartsWith('<')) continue; // <Module>, <PrivateImplementationDetails>
            if (!result.TryGetValue(owner, out var uses)) result[owner] = uses = new HashSet<string>(StringComparer.Ordinal);
            var type = md.GetTypeDefinition(handle);
            Add(uses, provider.NamesOf(type.BaseType));
            foreach (var i in type.GetInterfaceImplementations()) Add(uses, provider.NamesOf(md.GetInterfaceImplementation(i).Interface));
            foreach (var g in type.GetGenericParameters()) Constraints(md, provider, g, uses);
            Attributes(md, provider, type.GetCustomAttributes(), uses);
            foreach (var f in type.GetFields())
            {
                var field = md.GetFieldDefinition(f);
                Add(uses, field.DecodeSignature(provider, null));
                Attributes(md, provider, field.GetCustomAttributes(), uses);
            }
            foreach (var m in type.GetMethods())
            {
                var method = md.GetMethodDefinition(m);
                var signature = method.DecodeSignature(provider, null);
                Add(uses, signature.ReturnType);
                foreach (var p in signature.ParameterTypes) Add(uses, p);
                foreach (var g in method.GetGenericParameters()) Constraints(md, provider, g, uses);
                Attributes(md, provider, method.GetCustomAttributes(), uses);
                if (method.RelativeVirtualAddress != 0) Body(pe.GetMethodBody(method.RelativeVirtualAddress), md, provider, uses);
            }
            foreach (var p in type.GetProperties()) Attributes(md, provider, md.GetPropertyDefinition(p).GetCustomAttributes(), uses);
            uses.Remove(owner);
        }
        return result;
    }

    /// <summary>The assemblies the assembly at <paramref name="path"/> references, by name.</summary>
    public static IReadOnlyList<string> AssemblyReferences(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        return [.. md.AssemblyReferences.Select(h => md.GetString(md.GetAssemblyReference(h).Name))];
    }

    private static void Add(HashSet<string> uses, ImmutableArray<string> names)
    {
        foreach (var n in names) uses.Add(n);
    }

    private static void Constraints(MetadataReader md, NameProvider provider, GenericParameterHandle g, HashSet<string> uses)
    {
        foreach (var c in md.GetGenericParameter(g).GetConstraints()) Add(uses, provider.NamesOf(md.GetGenericParameterConstraint(c).Type));
    }

    private static void Attributes(MetadataReader md, NameProvider provider, CustomAttributeHandleCollection attributes, HashSet<string> uses)
    {
        foreach (var a in attributes) Add(uses, provider.NamesOf(md.GetCustomAttribute(a).Constructor));
    }

    private static void Body(MethodBodyBlock body, MetadataReader md, NameProvider provider, HashSet<string> uses)
    {
        if (!body.LocalSignature.IsNil)
        {
            foreach (var local in md.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(provider, null)) Add(uses, local);
        }
        var il = body.GetILReader();
        while (il.RemainingBytes > 0)
        {
            short code = il.ReadByte();
            if (code == 0xFE) code = (short)(0xFE00 | il.ReadByte());
            if (!Operands.TryGetValue(code, out var operand))
                throw new InvalidOperationException($"Unknown IL opcode 0x{code:X} at offset {il.Offset - 1} of a body of {il.Length} bytes");
            switch (operand)
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineSwitch:
                    var targets = il.ReadInt32(); // read before adding: the offset moves as it is read
                    il.Offset += 4 * targets;
                    break;
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType or OperandType.InlineSig:
                    Add(uses, provider.NamesOf(MetadataTokens.EntityHandle(il.ReadInt32())));
                    break;
                default: // InlineI, InlineBrTarget, InlineString, ShortInlineR
                    il.Offset += 4;
                    break;
            }
        }
    }

    /// <summary>Turns handles and signatures into the namespace-qualified names of the types they mention.</summary>
    private sealed class NameProvider(MetadataReader md) : ISignatureTypeProvider<ImmutableArray<string>, object?>
    {
        public string NameOf(TypeDefinitionHandle handle)
        {
            var type = md.GetTypeDefinition(handle);
            while (type.IsNested) type = md.GetTypeDefinition(type.GetDeclaringType());
            var ns = md.GetString(type.Namespace);
            var name = md.GetString(type.Name);
            return ns.Length == 0 ? name : $"{ns}.{name}";
        }

        private string NameOf(TypeReferenceHandle handle)
        {
            var type = md.GetTypeReference(handle);
            while (type.ResolutionScope.Kind == HandleKind.TypeReference) type = md.GetTypeReference((TypeReferenceHandle)type.ResolutionScope);
            var ns = md.GetString(type.Namespace);
            var name = md.GetString(type.Name);
            return ns.Length == 0 ? name : $"{ns}.{name}";
        }

        public ImmutableArray<string> NamesOf(EntityHandle handle)
        {
            if (handle.IsNil) return [];
            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    return [NameOf((TypeDefinitionHandle)handle)];
                case HandleKind.TypeReference:
                    return [NameOf((TypeReferenceHandle)handle)];
                case HandleKind.TypeSpecification:
                    return md.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null);
                case HandleKind.MethodDefinition:
                {
                    var method = md.GetMethodDefinition((MethodDefinitionHandle)handle);
                    return [NameOf(method.GetDeclaringType())];
                }
                case HandleKind.FieldDefinition:
                    return [NameOf(md.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType())];
                case HandleKind.MemberReference:
                {
                    var member = md.GetMemberReference((MemberReferenceHandle)handle);
                    var names = NamesOf(member.Parent).ToBuilder();
                    if (member.GetKind() == MemberReferenceKind.Method)
                    {
                        var signature = member.DecodeMethodSignature(this, null);
                        names.AddRange(signature.ReturnType);
                        foreach (var p in signature.ParameterTypes) names.AddRange(p);
                    }
                    else
                    {
                        names.AddRange(member.DecodeFieldSignature(this, null));
                    }
                    return names.ToImmutable();
                }
                case HandleKind.MethodSpecification:
                {
                    var spec = md.GetMethodSpecification((MethodSpecificationHandle)handle);
                    var names = NamesOf(spec.Method).ToBuilder();
                    foreach (var arg in spec.DecodeSignature(this, null)) names.AddRange(arg);
                    return names.ToImmutable();
                }
                case HandleKind.StandaloneSignature:
                {
                    var signature = md.GetStandaloneSignature((StandaloneSignatureHandle)handle);
                    if (signature.GetKind() != StandaloneSignatureKind.Method) return [];
                    var method = signature.DecodeMethodSignature(this, null);
                    return [.. method.ReturnType, .. method.ParameterTypes.SelectMany(p => p)];
                }
                default:
                    return [];
            }
        }

        public ImmutableArray<string> GetArrayType(ImmutableArray<string> elementType, ArrayShape shape) => elementType;

        public ImmutableArray<string> GetByReferenceType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetFunctionPointerType(MethodSignature<ImmutableArray<string>> signature)
            => [.. signature.ReturnType, .. signature.ParameterTypes.SelectMany(p => p)];

        public ImmutableArray<string> GetGenericInstantiation(ImmutableArray<string> genericType, ImmutableArray<ImmutableArray<string>> typeArguments)
            => [.. genericType, .. typeArguments.SelectMany(a => a)];

        public ImmutableArray<string> GetGenericMethodParameter(object? genericContext, int index) => [];

        public ImmutableArray<string> GetGenericTypeParameter(object? genericContext, int index) => [];

        public ImmutableArray<string> GetModifiedType(ImmutableArray<string> modifier, ImmutableArray<string> unmodifiedType, bool isRequired) => unmodifiedType;

        public ImmutableArray<string> GetPinnedType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetPointerType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetPrimitiveType(PrimitiveTypeCode typeCode) => [];

        public ImmutableArray<string> GetSZArrayType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => [NameOf(handle)];

        public ImmutableArray<string> GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => [NameOf(handle)];

        public ImmutableArray<string> GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
            => reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
    }
}
