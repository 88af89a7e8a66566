using System.Text.Json;

namespace Okr.Core.Interop.Viva;

/// <summary>The fidelity notes of one source item, and the extensions it keeps, built while it is mapped.</summary>
internal sealed class ItemNotes(string sourceKind, string sourceId, string title)
{
    private readonly HashSet<string> _consumed = new(StringComparer.Ordinal);

    public string SourceKind { get; } = sourceKind;

    public string SourceId { get; } = sourceId;

    public string Title { get; } = title;

    public List<FidelityNote> Notes { get; } = [];

    public Dictionary<string, string> Extensions { get; } = new(StringComparer.Ordinal);

    public int CheckInsImported { get; set; }

    public int CheckInsKept { get; set; }

    /// <summary>Marks fields as used by a mapping, so they are not kept as extensions too.</summary>
    public void Consume(params string[] fields)
    {
        foreach (var field in fields) _consumed.Add(field);
    }

    public void Mapped(string field, string detail)
    {
        _consumed.Add(field);
        Notes.Add(new FidelityNote { Action = FidelityAction.Mapped, Field = field, Detail = detail });
    }

    public void Derived(string field, string detail)
    {
        _consumed.Add(field);
        Notes.Add(new FidelityNote { Action = FidelityAction.Derived, Field = field, Detail = detail });
    }

    /// <summary>Keeps a value as an extension under a chosen name, with a note.</summary>
    public void Keep(string field, string extension, string compactJson, string? why = null)
    {
        _consumed.Add(field);
        var name = extension;
        for (var n = 2; Extensions.ContainsKey(name); n++) name = extension + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Extensions[name] = compactJson;
        Notes.Add(new FidelityNote { Action = FidelityAction.Kept, Field = field, Detail = why is null ? name : $"{name} ({why})" });
    }

    /// <summary>Keeps every property of <paramref name="source"/> not consumed by a mapping, as <c>x-viva-...</c>; null values mean absent.</summary>
    public void KeepRest(JsonElement source)
    {
        if (source.ValueKind != JsonValueKind.Object) return;
        foreach (var property in source.EnumerateObject())
        {
            if (_consumed.Contains(property.Name) || property.Value.ValueKind == JsonValueKind.Null) continue;
            Keep(property.Name, JsonValues.ExtensionName(property.Name), JsonValues.Compact(property.Value));
        }
    }

    public FidelityItem ToItem(string targetKind, string targetId) => new()
    {
        SourceKind = SourceKind,
        SourceId = SourceId,
        Title = Title,
        TargetKind = targetKind,
        TargetId = targetId,
        Notes = [.. Notes],
        CheckInsImported = CheckInsImported,
        CheckInsKept = CheckInsKept,
    };
}
