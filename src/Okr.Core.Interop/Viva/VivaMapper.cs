using System.Globalization;
using System.Text.Json;
using Okr.Core.Diagnostics;

namespace Okr.Core.Interop.Viva;

/// <summary>
/// Maps a parsed Viva Goals export to an <see cref="OkrSet"/>, noting for every item what was mapped, derived or kept.
/// The rules are documented in <c>docs/import.md</c>; each derived value says its rule in its note.
/// </summary>
internal sealed class VivaMapper(VivaExport export, List<Diagnostic> diagnostics)
{
    private const string BigRock = "Big rock";
    private const string Kpi = "Kpi";
    private const string Project = "Project";

    private readonly List<Owner> _owners = [];
    private readonly List<Period> _periods = [];
    private readonly List<Objective> _objectives = [];
    private readonly List<KeyResult> _keyResults = [];
    private readonly List<Alignment> _alignments = [];
    private readonly Dictionary<string, string> _setExtensions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _userIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _teamIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Period> _periodsByVivaId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Goal> _goals = new(StringComparer.Ordinal);
    private readonly List<Goal> _goalOrder = [];
    private readonly List<FidelityItem> _items = [];
    private readonly Dictionary<string, (int Mapped, int Kept)> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _keptWhole = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<JsonElement>> _checkIns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<JsonElement>> _comments = new(StringComparer.Ordinal);

    /// <summary>One objective, key result or project of the export while it is mapped.</summary>
    private sealed class Goal(string id, JsonElement json, string type, ItemNotes notes)
    {
        public string Id { get; } = id;

        public JsonElement Json { get; } = json;

        public string Type { get; } = type;

        public ItemNotes Notes { get; } = notes;

        public bool IsObjective => Type != Kpi && Type != Project;

        /// <summary>Parents in the export's order, with the weight the Alignment entry gives (a percent), if any.</summary>
        public List<(string ParentId, double? Weight)> Parents { get; } = [];

        public string? DefinedUnder { get; set; }

        public string? HolderId { get; set; }

        public List<string> LinkedFrom { get; } = [];
    }

    public DateOnly AsOf { get; private set; }

    public OkrSet Map()
    {
        ReadUsers();
        ReadTeams();
        ReadPeriods();
        GroupByGoal("checkins", _checkIns);
        GroupByGoal("comments", _comments);
        ReadGoals();
        AsOf = export.TakenAt is { } taken ? DateOnly.FromDateTime(taken)
            : _periods.Count > 0 ? _periods.Max(p => p.End) : new DateOnly(2000, 1, 1);
        ResolveParents();
        var weights = Weights();
        foreach (var goal in _goalOrder) MapGoal(goal, weights);
        KeepOrphans("checkins", _checkIns, "x-viva-orphan-check-ins");
        KeepOrphans("comments", _comments, "x-viva-orphan-comments");
        ReadTags();
        foreach (var (kind, kept) in _keptWhole) _setExtensions[kind] = JsonValues.Array(kept);
        return new OkrSet
        {
            Name = export.Organisation is { } org ? $"Viva Goals export of organisation {org}" : "Viva Goals export",
            Owners = _owners,
            Periods = _periods,
            Objectives = _objectives,
            KeyResults = _keyResults,
            Alignments = _alignments,
            Extensions = _setExtensions,
        };
    }

    public IReadOnlyList<FidelityItem> Items => _items;

    public IReadOnlyList<FidelityCount> Counts() =>
    [
        .. VivaExport.Kinds.Select(kind =>
        {
            var inExport = export.Items.TryGetValue(kind, out var items) ? items.Length : 0;
            var (mapped, kept) = _counts.GetValueOrDefault(kind);
            return new FidelityCount { SourceKind = kind, InExport = inExport, Mapped = mapped, Kept = kept };
        }),
    ];

    private void Count(string kind, bool mapped)
    {
        var (m, k) = _counts.GetValueOrDefault(kind);
        _counts[kind] = mapped ? (m + 1, k) : (m, k + 1);
    }

    /// <summary>Keeps an item the importer cannot use whole, in the set's <c>x-viva-unreadable-...</c> extension.</summary>
    private void KeepWhole(string kind, JsonElement item, string extension, string message, string? id = null)
    {
        diagnostics.Add(new Diagnostic(DiagnosticCodes.ImportWrongShape, DiagnosticSeverity.Warning, message + $" It is kept whole in the set's '{extension}' extension.", id is null ? [kind] : [id])
        {
            Path = export.FileNames.GetValueOrDefault(kind),
        });
        if (!_keptWhole.TryGetValue(extension, out var list)) _keptWhole[extension] = list = [];
        list.Add(JsonValues.Compact(item));
        Count(kind, mapped: false);
        _items.Add(new FidelityItem
        {
            SourceKind = kind,
            SourceId = id ?? "?",
            Title = JsonValues.String(item, "Title") ?? JsonValues.String(item, "Name") ?? "",
            TargetKind = "extension",
            TargetId = extension,
            Notes = [new FidelityNote { Action = FidelityAction.Kept, Field = "(whole item)", Detail = message }],
        });
    }

    // ---- Users and teams -> owners.

    private void ReadUsers()
    {
        foreach (var user in export.Items["Users"])
        {
            var id = JsonValues.Id(user, "ID");
            if (id is null || user.ValueKind != JsonValueKind.Object)
            {
                KeepWhole("Users", user, "x-viva-unreadable-users", "A user has no ID, or is not an object.");
                continue;
            }
            if (_userIds.ContainsKey(id))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.ImportDuplicateId, DiagnosticSeverity.Warning, $"Two users have the ID {id}; the first is used.", id));
                KeepWhole("Users", user, "x-viva-duplicate-users", $"User {id} appears twice.", id);
                continue;
            }
            _userIds[id] = "user-" + id;
        }
    }

    private void ReadTeams()
    {
        var teams = new List<(string Id, JsonElement Json, string Name)>();
        foreach (var team in export.Items["Teams"])
        {
            var id = JsonValues.Id(team, "ID");
            if (id is null || team.ValueKind != JsonValueKind.Object || _teamIds.ContainsKey(id))
            {
                KeepWhole("Teams", team, "x-viva-unreadable-teams", id is null ? "A team has no ID, or is not an object." : $"Team {id} appears twice.", id);
                continue;
            }
            _teamIds[id] = "team-" + id;
            teams.Add((id, team, JsonValues.String(team, "Team Name") ?? id));
        }
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, _, name) in teams) byName.TryAdd(name, id);
        var parentOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (id, json, _) in teams)
        {
            var parentName = JsonValues.String(json, "Parent Team");
            parentOf[id] = !string.IsNullOrEmpty(parentName) && byName.TryGetValue(parentName, out var parent) && parent != id ? parent : null;
        }
        // Break cycles in the parent names (A under B under A): the team that closes a loop loses its parent.
        foreach (var (id, _, _) in teams)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { id };
            for (var at = parentOf[id]; at is not null; at = parentOf[at])
            {
                if (seen.Add(at)) continue;
                diagnostics.Add(new Diagnostic(DiagnosticCodes.ImportUnknownReference, DiagnosticSeverity.Warning,
                    $"Team {id}'s parent teams run in a loop; it is placed at the top and its 'Parent Team' is kept as an extension.", "team-" + id));
                parentOf[id] = null;
                break;
            }
        }
        foreach (var (id, json, name) in teams)
        {
            var notes = new ItemNotes("Teams", id, name);
            notes.Mapped("ID", $"owner id team-{id}");
            notes.Mapped("Team Name", "name");
            var depth = 0;
            for (var at = parentOf[id]; at is not null && depth < teams.Count; at = parentOf[at]) depth++;
            var kind = depth == 0 ? OwnerKind.Company : depth == 1 ? OwnerKind.Department : OwnerKind.Team;
            notes.Derived("Team Type", $"kind {kind.ToString().ToLowerInvariant()}: a team without a parent is the company, its children departments, deeper teams teams (the team type is kept too)");
            var parentName = JsonValues.String(json, "Parent Team");
            if (parentOf[id] is { } parent)
            {
                notes.Derived("Parent Team", $"parent team-{parent}, the team named \"{parentName}\" (the export names parents by name)");
            }
            else if (!string.IsNullOrEmpty(parentName))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.ImportUnknownReference, DiagnosticSeverity.Warning,
                    $"Team {id}'s parent team \"{parentName}\" is no team of the export (or closes a loop); the team is placed at the top and the name kept as an extension.", "team-" + id));
                notes.Keep("Parent Team", "x-viva-parent-team", JsonValues.Quote(parentName), "names no team");
            }
            else
            {
                notes.Mapped("Parent Team", "none: at the top");
            }
            KeepTeamType(json, notes);
            notes.KeepRest(json);
            _owners.Add(new Owner { Id = "team-" + id, Name = name, Kind = kind, ParentId = parentOf[id] is { } p ? "team-" + p : null, Extensions = notes.Extensions });
            Count("Teams", mapped: true);
            _items.Add(notes.ToItem("owner", "team-" + id));
        }
        foreach (var user in export.Items["Users"])
        {
            var id = JsonValues.Id(user, "ID");
            if (id is null || user.ValueKind != JsonValueKind.Object || _owners.Any(o => o.Id == "user-" + id)) continue;
            var name = JsonValues.String(user, "Name") ?? id;
            var notes = new ItemNotes("Users", id, name);
            notes.Mapped("ID", $"owner id user-{id}, kind individual");
            notes.Mapped("Name", "name");
            var parent = UserTeam(id, user, notes);
            notes.KeepRest(user);
            _owners.Add(new Owner { Id = "user-" + id, Name = name, Kind = OwnerKind.Individual, ParentId = parent, Extensions = notes.Extensions });
            Count("Users", mapped: true);
            _items.Add(notes.ToItem("owner", "user-" + id));
        }
    }

    private static void KeepTeamType(JsonElement json, ItemNotes notes)
    {
        if (JsonValues.TryGet(json, "Team Type", out var type)) notes.Keep("Team Type", "x-viva-team-type", JsonValues.Compact(type));
    }

    /// <summary>A user's place in the org chart: the first team of its Teams, else the first team it owns.</summary>
    private string? UserTeam(string id, JsonElement user, ItemNotes notes)
    {
        if (JsonValues.TryGet(user, "Teams", out var teams) && teams.ValueKind == JsonValueKind.Array)
        {
            foreach (var team in teams.EnumerateArray())
            {
                var teamId = team.ValueKind == JsonValueKind.Object ? JsonValues.Id(team, "ID") : JsonValues.Id(team);
                if (teamId is not null && _teamIds.TryGetValue(teamId, out var owner))
                {
                    notes.Derived("Teams", $"parent {owner}, the user's first team (all teams kept in x-viva-teams)");
                    notes.Keep("Teams", "x-viva-teams", JsonValues.Compact(teams));
                    return owner;
                }
            }
        }
        foreach (var team in export.Items["Teams"])
        {
            var teamId = JsonValues.Id(team, "ID");
            if (teamId is null || !_teamIds.ContainsKey(teamId) || !JsonValues.TryGet(team, "Team Owners", out var owners) || owners.ValueKind != JsonValueKind.Array) continue;
            if (owners.EnumerateArray().Any(o => JsonValues.Id(o, "ID") == id))
            {
                notes.Derived("Teams", $"parent team-{teamId}: the user's Teams list is empty, and the user owns that team");
                return "team-" + teamId;
            }
        }
        return null;
    }

    /// <summary>The owner of a person reference <c>{ID, Name, Email}</c>, made on the fly when the Users file lacks it.</summary>
    private string? PersonOwner(JsonElement person, ItemNotes notes)
    {
        var id = JsonValues.Id(person, "ID");
        if (id is null) return null;
        if (_userIds.TryGetValue(id, out var owner)) return owner;
        owner = "user-" + id;
        _userIds[id] = owner;
        var extensions = new Dictionary<string, string>(StringComparer.Ordinal);
        if (JsonValues.String(person, "Email") is { } email) extensions["x-viva-email"] = JsonValues.Quote(email);
        extensions["x-viva-not-in-users-file"] = "true";
        _owners.Add(new Owner { Id = owner, Name = JsonValues.String(person, "Name") ?? id, Kind = OwnerKind.Individual, Extensions = extensions });
        notes.Derived("Owner", $"made owner {owner} from this reference: the Users file does not list user {id}");
        diagnostics.Add(new Diagnostic(DiagnosticCodes.ImportUnknownReference, DiagnosticSeverity.Warning,
            $"User {id} is named by goal {notes.SourceId} but missing from the Users file; an owner is made from the goal's reference.", owner));
        return owner;
    }

    // ---- Periods.

    private void ReadPeriods()
    {
        var read = new List<(string VivaId, JsonElement Json, string Name, DateOnly Start, DateOnly End)>();
        foreach (var period in export.Items["TimePeriods"])
        {
            var id = JsonValues.Id(period, "ID");
            if (id is null || _periodsByVivaId.ContainsKey(id) || read.Any(r => r.VivaId == id)
                || !JsonValues.TryGet(period, "Start Date", out var s) || !JsonValues.TryDate(s, out var start, out _)
                || !JsonValues.TryGet(period, "End Date", out var e) || !JsonValues.TryDate(e, out var end, out _))
            {
                KeepWhole("TimePeriods", period, "x-viva-unreadable-time-periods", "A time period has no ID, appears twice, or lacks a Start Date or End Date (yyyy-MM-dd).", id);
                continue;
            }
            read.Add((id, period, JsonValues.String(period, "Time Period Name") ?? id, start, end));
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var okrIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (vivaId, _, name, _, _) in read)
        {
            var nice = NiceId(name);
            okrIds[vivaId] = nice is not null && ids.Add(nice) ? nice : "period-" + vivaId;
            ids.Add(okrIds[vivaId]);
        }
        foreach (var (vivaId, json, name, start, end) in read)
        {
            var notes = new ItemNotes("TimePeriods", vivaId, name);
            notes.Mapped("ID", $"period id {okrIds[vivaId]}" + (okrIds[vivaId].StartsWith("period-", StringComparison.Ordinal) ? "" : " (from the name)"));
            notes.Mapped("Time Period Name", "name");
            notes.Mapped("Start Date", "start");
            notes.Mapped("End Date", "end");
            // The parent: the shortest other period that contains this one and is longer (a quarter's year).
            var parent = read.Where(o => o.VivaId != vivaId && o.Start <= start && o.End >= end && (o.End.DayNumber - o.Start.DayNumber) > (end.DayNumber - start.DayNumber))
                .OrderBy(o => o.End.DayNumber - o.Start.DayNumber).Select(o => (string?)o.VivaId).FirstOrDefault();
            if (parent is not null)
                notes.Notes.Add(new FidelityNote { Action = FidelityAction.Derived, Field = "(parent)", Detail = $"parent {okrIds[parent]}: it lies inside that period (the export does not say so)" });
            notes.KeepRest(json);
            var model = new Period { Id = okrIds[vivaId], Name = name, Start = start, End = end, ParentId = parent is null ? null : okrIds[parent], Extensions = notes.Extensions };
            _periods.Add(model);
            _periodsByVivaId[vivaId] = model;
            Count("TimePeriods", mapped: true);
            _items.Add(notes.ToItem("period", model.Id));
        }
    }

    /// <summary>A readable period id from Viva's name: <c>Q4 2025</c> -> <c>2025-Q4</c>, <c>Annual 2025</c> -> <c>2025</c>; else <see langword="null"/>.</summary>
    private static string? NiceId(string name)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[1].Length != 4 || !parts[1].All(char.IsAsciiDigit)) return null;
        if (parts[0].Length == 2 && parts[0][0] == 'Q' && parts[0][1] is >= '1' and <= '4') return $"{parts[1]}-{parts[0]}";
        return parts[0] is "Annual" or "Year" or "FY" ? parts[1] : null;
    }

    // ---- Goals.

    private void GroupByGoal(string kind, Dictionary<string, List<JsonElement>> groups)
    {
        foreach (var item in export.Items[kind])
        {
            var goal = JsonValues.Id(item, "OKR ID");
            if (goal is null || item.ValueKind != JsonValueKind.Object)
            {
                KeepWhole(kind, item, "x-viva-unreadable-" + kind, $"An item of {kind} has no 'OKR ID', or is not an object.", JsonValues.Id(item, "ID"));
                continue;
            }
            if (!groups.TryGetValue(goal, out var list)) groups[goal] = list = [];
            list.Add(item);
        }
    }

    private void ReadGoals()
    {
        foreach (var json in export.Items["objectives"])
        {
            var id = JsonValues.Id(json, "ID");
            if (id is null || json.ValueKind != JsonValueKind.Object)
            {
                KeepWhole("objectives", json, "x-viva-unreadable-objectives", "A goal has no ID (an integer), or is not an object.");
                continue;
            }
            if (_goals.ContainsKey(id))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.ImportDuplicateId, DiagnosticSeverity.Warning, $"Two goals have the ID {id}; the first is imported.", id));
                KeepWhole("objectives", json, "x-viva-duplicate-objectives", $"Goal {id} appears twice.", id);
                continue;
            }
            var title = JsonValues.String(json, "Title") ?? "";
            var notes = new ItemNotes("objectives", id, title);
            var type = JsonValues.String(json, "Type");
            if (type is not (BigRock or Kpi or Project))
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.ImportUnknownValue, DiagnosticSeverity.Warning,
                    $"Goal {id} has the Type {(type is null ? "(none)" : "\"" + type + "\"")}, which is none of \"Big rock\", \"Kpi\", \"Project\"; it is imported as an objective.", id));
                notes.Derived("Type", $"objective: the type {(type ?? "(none)")} is unknown, and an objective needs no measure");
                if (JsonValues.TryGet(json, "Type", out var t)) notes.Keep("Type", "x-viva-type", JsonValues.Compact(t));
                type = "?";
            }
            var goal = new Goal(id, json, type, notes);
            _goals[id] = goal;
            _goalOrder.Add(goal);
        }
    }

    private void ResolveParents()
    {
        foreach (var goal in _goalOrder)
        {
            var unknown = new List<string>();
            void Add(string parent, double? weight)
            {
                if (parent == goal.Id || !_goals.ContainsKey(parent))
                {
                    if (!unknown.Contains(parent)) unknown.Add(parent);
                    return;
                }
                var at = goal.Parents.FindIndex(p => p.ParentId == parent);
                if (at < 0) goal.Parents.Add((parent, weight));
                else if (weight is not null) goal.Parents[at] = (parent, weight);
            }
            if (JsonValues.TryGet(goal.Json, "Parent IDs", out var parentIds))
            {
                if (parentIds.ValueKind == JsonValueKind.Array)
                {
                    foreach (var p in parentIds.EnumerateArray())
                    {
                        if (JsonValues.Id(p) is { } parent) Add(parent, null);
                        else WrongShape(goal, "Parent IDs", p, "an id");
                    }
                }
                else
                {
                    WrongShape(goal, "Parent IDs", parentIds, "an array of ids");
                }
            }
            if (JsonValues.TryGet(goal.Json, "Alignment", out var alignment))
            {
                if (alignment.ValueKind == JsonValueKind.Array)
                {
                    foreach (var a in alignment.EnumerateArray())
                    {
                        var parent = JsonValues.Id(a, "ID");
                        if (parent is null)
                        {
                            WrongShape(goal, "Alignment", a, "an object with an ID");
                            continue;
                        }
                        double? weight = null;
                        if (JsonValues.TryGet(a, "Weight", out var w))
                        {
                            if (JsonValues.TryNumber(w, out var percent) && percent >= 0) weight = percent;
                            else WrongShape(goal, "Alignment", w, "a weight such as \"40.0%\"");
                        }
                        Add(parent, weight ?? 0);
                    }
                }
                else
                {
                    WrongShape(goal, "Alignment", alignment, "an array of {ID, Title, Weight}");
                }
            }
            if (unknown.Count > 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.ImportUnknownReference, DiagnosticSeverity.Warning,
                    $"Goal {goal.Id} names parent(s) {string.Join(", ", unknown)} that the export does not have (or itself); they are kept as an extension.", goal.Id));
                goal.Notes.Extensions["x-viva-unknown-parents"] = JsonValues.Array(unknown.Select(JsonValues.Quote));
                goal.Notes.Notes.Add(new FidelityNote { Action = FidelityAction.Kept, Field = "Parent IDs", Detail = $"x-viva-unknown-parents ({string.Join(", ", unknown)} name no goal of the export)" });
            }
        }
        // Key results and projects are defined under their first parent objective and linked from the others.
        foreach (var goal in _goalOrder.Where(g => !g.IsObjective))
        {
            foreach (var (parent, _) in goal.Parents)
            {
                if (!_goals[parent].IsObjective) continue;
                if (goal.DefinedUnder is null) goal.DefinedUnder = parent;
                else goal.LinkedFrom.Add(parent);
            }
            if (goal.DefinedUnder is null) goal.HolderId = goal.Id + "-objective";
        }
    }

    private void WrongShape(Goal goal, string field, JsonElement value, string expected)
        => diagnostics.Add(new Diagnostic(DiagnosticCodes.ImportWrongShape, DiagnosticSeverity.Warning,
            $"Goal {goal.Id}'s '{field}' holds {JsonValues.Show(value)} where {expected} belongs; the field is kept as an extension.", goal.Id)
        {
            Path = export.FileNames.GetValueOrDefault("objectives"),
        });

    /// <summary>
    /// Each child's weight at each parent, by Viva's rules: the weights of one parent's children are percents; a child at
    /// 0% does not count when a sibling has a weight; when no child has one, every child counts equally (weight 1).
    /// </summary>
    private Dictionary<(string Child, string Parent), (double Weight, string Rule)> Weights()
    {
        var byParent = new Dictionary<string, List<(string Child, double? Percent)>>(StringComparer.Ordinal);
        foreach (var goal in _goalOrder)
        {
            foreach (var (parent, percent) in goal.Parents)
            {
                if (!byParent.TryGetValue(parent, out var list)) byParent[parent] = list = [];
                list.Add((goal.Id, percent));
            }
        }
        var weights = new Dictionary<(string, string), (double, string)>();
        foreach (var (parent, children) in byParent)
        {
            var anySet = children.Any(c => c.Percent > 0);
            foreach (var (child, percent) in children)
            {
                var p = percent ?? 0;
                weights[(child, parent)] = !anySet
                    ? (1.0, $"weight 1 at {parent}: no child of {parent} has a weight, so every child counts equally (Viva's rule)")
                    : p > 0 ? (p / 100.0, $"weight {Format(p / 100.0)} at {parent} ({Format(p)}%)")
                    : (0.0, $"weight 0 at {parent}: a child at 0% does not count when its siblings have weights (Viva's rule); shown, not counted");
            }
        }
        return weights;
    }

    private void MapGoal(Goal goal, Dictionary<(string Child, string Parent), (double Weight, string Rule)> weights)
    {
        var json = goal.Json;
        var notes = goal.Notes;
        notes.Mapped("ID", $"id {goal.Id}");
        notes.Mapped("Title", "title");
        var description = JsonValues.String(json, "Description");
        if (description is not null) notes.Mapped("Description", "description");
        var owners = Owners(json, notes);
        var periodId = PeriodOf(goal);
        var commitment = CommitmentOf(goal);
        var checkIns = _checkIns.GetValueOrDefault(goal.Id) ?? [];
        _checkIns.Remove(goal.Id);
        if (_comments.Remove(goal.Id, out var comments))
        {
            notes.Keep("comments", "x-viva-comments", JsonValues.Array(comments.Select(JsonValues.Compact)), $"{comments.Count} comment(s) from the comments file");
            foreach (var _ in comments) Count("comments", mapped: false);
        }
        KeepSnapshot(json, notes);
        MapChildren(goal);
        if (goal.IsObjective)
        {
            var objective = MapObjective(goal, owners, periodId, commitment, description, checkIns, weights);
            notes.KeepRest(json);
            _objectives.Add(objective with { Extensions = notes.Extensions });
            _items.Add(notes.ToItem("objective", goal.Id));
        }
        else
        {
            if (goal.HolderId is { } holder)
            {
                _objectives.Add(new Objective
                {
                    Id = holder,
                    Title = JsonValues.String(json, "Title") ?? "",
                    OwnerIds = owners,
                    PeriodId = periodId,
                    Commitment = commitment,
                    Extensions = new Dictionary<string, string>(StringComparer.Ordinal) { ["x-viva-holder-of"] = JsonValues.Quote(goal.Id) },
                });
                notes.Derived("Parent IDs", $"defined under a new objective {holder} with the same title, owners and period: a key result needs an objective and the export gives it none" +
                    (goal.Parents.Count > 0 ? $"; {holder} is cascaded from {string.Join(", ", goal.Parents.Select(p => p.ParentId))}" : ""));
                foreach (var (parent, _) in goal.Parents)
                {
                    var (weight, rule) = weights[(goal.Id, parent)];
                    _alignments.Add(new Alignment { ChildId = holder, ParentId = parent, Kind = goal.Parents.Count > 1 ? AlignmentKind.Shared : AlignmentKind.Cascaded, Weight = weight });
                    notes.Derived("Alignment", $"{holder} -> {parent}: " + rule);
                }
            }
            var keyResult = MapKeyResult(goal, owners, checkIns, weights);
            notes.KeepRest(json);
            _keyResults.Add(keyResult with { Extensions = notes.Extensions });
            _items.Add(notes.ToItem("keyResult", goal.Id));
        }
        Count("objectives", mapped: true);
    }

    private List<string> Owners(JsonElement json, ItemNotes notes)
    {
        var owners = new List<string>();
        if (JsonValues.TryGet(json, "Owner", out var owner))
        {
            var people = owner.ValueKind == JsonValueKind.Array ? owner.EnumerateArray().ToList() : [owner];
            foreach (var person in people)
            {
                if (PersonOwner(person, notes) is { } id && !owners.Contains(id)) owners.Add(id);
            }
            if (owners.Count > 0) notes.Mapped("Owner", "owners " + string.Join(", ", owners));
            else
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.ImportWrongShape, DiagnosticSeverity.Warning, $"Goal {notes.SourceId}'s 'Owner' names no user with an ID; it is kept as an extension.", notes.SourceId));
                notes.Keep("Owner", "x-viva-owner", JsonValues.Compact(owner), "no user with an ID");
            }
        }
        if (owners.Count == 0 && JsonValues.TryGet(json, "Teams", out var teams) && teams.ValueKind == JsonValueKind.Array)
        {
            foreach (var team in teams.EnumerateArray())
            {
                if (JsonValues.Id(team, "ID") is { } t && _teamIds.TryGetValue(t, out var id) && !owners.Contains(id)) owners.Add(id);
            }
            if (owners.Count > 0)
            {
                notes.Derived("Teams", $"owners {string.Join(", ", owners)}: the goal names no owner, so its teams own it (the teams are kept too)");
                notes.Keep("Teams", "x-viva-teams", JsonValues.Compact(teams));
            }
        }
        return owners;
    }

    private string? PeriodOf(Goal goal)
    {
        var json = goal.Json;
        var notes = goal.Notes;
        Period? period = null;
        if (JsonValues.TryGet(json, "Time Period", out var tp))
        {
            var vivaId = JsonValues.Id(tp, "ID");
            if (vivaId is not null && _periodsByVivaId.TryGetValue(vivaId, out period))
            {
                notes.Mapped("Time Period", $"period {period.Id}");
            }
            else
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.ImportUnknownReference, DiagnosticSeverity.Warning,
                    $"Goal {goal.Id}'s time period {JsonValues.Show(tp)} is not in the TimePeriods file; the goal has no period and the reference is kept as an extension.", goal.Id));
                notes.Keep("Time Period", "x-viva-time-period", JsonValues.Compact(tp), "names no period of the export");
            }
        }
        foreach (var (field, pick) in new (string, Func<Period, DateOnly>)[] { ("Start Date", p => p.Start), ("End Date", p => p.End) })
        {
            if (!JsonValues.TryGet(json, field, out var value)) continue;
            if (period is not null && JsonValues.TryDate(value, out var day, out _) && day == pick(period))
                notes.Mapped(field, $"the period's {(field == "Start Date" ? "start" : "end")}");
            else
                notes.Keep(field, JsonValues.ExtensionName(field), JsonValues.Compact(value), period is null ? "no period to compare with" : $"differs from the period's {pick(period):yyyy-MM-dd}");
        }
        return period?.Id;
    }

    private Commitment CommitmentOf(Goal goal)
    {
        var goalType = JsonValues.String(goal.Json, "Goal Type");
        switch (goalType)
        {
            case "Committed":
                goal.Notes.Mapped("Goal Type", "commitment committed");
                return Commitment.Committed;
            case "Aspirational":
                goal.Notes.Mapped("Goal Type", "commitment aspirational");
                return Commitment.Aspirational;
            case null when !JsonValues.TryGet(goal.Json, "Goal Type", out _):
                goal.Notes.Derived("Goal Type", "commitment committed: the export gives no goal type, and committed is Okr.Core's default");
                return Commitment.Committed;
            default:
                diagnostics.Add(new Diagnostic(DiagnosticCodes.ImportUnknownValue, DiagnosticSeverity.Warning,
                    $"Goal {goal.Id}'s Goal Type is neither \"Aspirational\" nor \"Committed\"; it is imported as committed and the value kept as an extension.", goal.Id));
                JsonValues.TryGet(goal.Json, "Goal Type", out var raw);
                goal.Notes.Keep("Goal Type", "x-viva-goal-type", JsonValues.Compact(raw), "unknown goal type; commitment committed");
                return Commitment.Committed;
        }
    }

    /// <summary>Status, Score and Progress are Viva's own snapshot: kept as extensions, never recomputed from.</summary>
    private static void KeepSnapshot(JsonElement json, ItemNotes notes)
    {
        foreach (var field in new[] { "Status", "Score", "Progress" })
        {
            if (JsonValues.TryGet(json, field, out var value))
                notes.Keep(field, JsonValues.ExtensionName(field), JsonValues.Compact(value), field == "Progress" ? "Viva's snapshot; compared with Okr.Core's in the progress table" : null);
        }
    }

    private void MapChildren(Goal goal)
    {
        if (!JsonValues.TryGet(goal.Json, "Children", out var children)) return;
        var listed = children.ValueKind == JsonValueKind.Array
            ? children.EnumerateArray().Select(c => JsonValues.Id(c, "ID")).ToList()
            : [null];
        var inverse = listed.All(c => c is not null && _goals.TryGetValue(c, out var child) && child.Parents.Any(p => p.ParentId == goal.Id));
        if (inverse)
        {
            goal.Notes.Mapped("Children", "the alignments of the children (the inverse of their Parent IDs)");
        }
        else
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.ImportUnknownReference, DiagnosticSeverity.Warning,
                $"Goal {goal.Id}'s Children do not match the Parent IDs of the goals they name; the Parent IDs are used and Children kept as an extension.", goal.Id));
            goal.Notes.Keep("Children", "x-viva-children", JsonValues.Compact(children), "does not match the children's Parent IDs");
        }
    }

    private static double? Number(JsonElement json, string field) => JsonValues.TryGet(json, field, out var v) && JsonValues.TryNumber(v, out var n) ? n : null;

    private Objective MapObjective(Goal goal, List<string> owners, string? periodId, Commitment commitment, string? description,
        List<JsonElement> checkIns, Dictionary<(string Child, string Parent), (double Weight, string Rule)> weights)
    {
        var notes = goal.Notes;
        notes.Mapped("Type", goal.Type == BigRock ? "objective (\"Big rock\")" : "objective");
        foreach (var (parent, _) in goal.Parents)
        {
            var (weight, rule) = weights[(goal.Id, parent)];
            var toObjective = _goals[parent].IsObjective;
            var kind = goal.Parents.Count > 1 ? AlignmentKind.Shared : toObjective ? AlignmentKind.BottomUp : AlignmentKind.Cascaded;
            _alignments.Add(new Alignment { ChildId = goal.Id, ParentId = parent, Kind = kind, Weight = weight });
            notes.Derived("Alignment", $"{kind.ToString().ToLowerInvariant()} alignment to {parent} ({(goal.Parents.Count > 1 ? "several parents: shared" : toObjective ? "it declares what it contributes to: bottom-up" : "its parent is a key result: cascaded")}), {rule}");
        }
        if (goal.Parents.Count > 0) notes.Consume("Parent IDs");
        else notes.Mapped("Parent IDs", "no parent: a top-level objective");
        notes.Consume("Alignment");
        var childObjectives = _goalOrder.Any(c => c.Parents.Any(p => p.ParentId == goal.Id) && c.IsObjective);
        var childKeyResults = _goalOrder.Any(c => !c.IsObjective && (c.DefinedUnder == goal.Id || c.LinkedFrom.Contains(goal.Id)));
        var mode = Mode(goal, out var modeValue);
        ProgressSource source = ProgressSource.KeyResults;
        double? manual = null;
        if (mode == "Update from Children")
        {
            source = childObjectives && childKeyResults ? ProgressSource.Both : childObjectives ? ProgressSource.Children : ProgressSource.KeyResults;
            notes.Derived("Progress and Status Configuration", $"progress source {Source(source)}: \"Update from Children\" rolls up every child, and this objective has " +
                (childObjectives && childKeyResults ? "key results and child objectives" : childObjectives ? "child objectives only" : childKeyResults ? "key results only" : "no children (not measured)"));
        }
        else
        {
            var progress = Number(goal.Json, "Progress");
            manual = progress / 100.0;
            var what = mode switch
            {
                "Update Manually" => "\"Update Manually\"",
                "Update from Integration" => "\"Update from Integration\" (the data source does not come along: update it by hand from now on)",
                null => "no progress mode",
                _ => $"the unknown mode \"{mode}\"",
            };
            notes.Derived("Progress and Status Configuration", manual is { } m
                ? $"manual progress {Format(m)} ({what}: Viva's Progress {Format(progress!.Value)}% carried over)"
                : $"no manual progress: {what}, but the export records no Progress (not measured)");
            if (mode is not (null or "Update Manually" or "Update from Integration"))
                diagnostics.Add(new Diagnostic(DiagnosticCodes.ImportUnknownValue, DiagnosticSeverity.Warning, $"Goal {goal.Id}'s progress mode \"{mode}\" is unknown; its recorded Progress is used as manual progress.", goal.Id));
        }
        if (modeValue is { } config) notes.Keep("Progress and Status Configuration", "x-viva-progress-and-status-configuration", JsonValues.Compact(config), "its Status and Data Source have no place in the model");
        if (JsonValues.TryGet(goal.Json, "Outcome", out var outcome))
        {
            var percentage = JsonValues.String(outcome, "Outcome Type") == "Percentage";
            notes.Keep("Outcome", "x-viva-outcome", JsonValues.Compact(outcome), percentage ? "an objective's progress is a percentage already" : "an objective has no measure in Okr.Core; its key results measure it");
        }
        if (JsonValues.TryGet(goal.Json, "Phased Targets", out var phased) && phased.ValueKind != JsonValueKind.String)
            notes.Keep("Phased Targets", "x-viva-phased-targets", JsonValues.Compact(phased), "an objective has no checkpoints in Okr.Core");
        else if (phased.ValueKind == JsonValueKind.String) notes.Mapped("Phased Targets", $"none ({JsonValues.Show(phased)})");
        if (checkIns.Count > 0)
        {
            notes.Keep("check-ins", "x-viva-check-ins", JsonValues.Array(checkIns.Select(JsonValues.Compact)), $"{checkIns.Count} check-in(s) of an objective: Okr.Core checks in key results only");
            notes.CheckInsKept += checkIns.Count;
            foreach (var _ in checkIns) Count("checkins", mapped: false);
        }
        var linked = _goalOrder.Where(g => g.LinkedFrom.Contains(goal.Id)).Select(g => g.Id).ToList();
        if (linked.Count > 0) notes.Derived("(linked key results)", $"links {string.Join(", ", linked)}: key results with several parent objectives are defined under the first and linked from the others");
        return new Objective
        {
            Id = goal.Id,
            Title = JsonValues.String(goal.Json, "Title") ?? "",
            Description = description,
            OwnerIds = owners,
            PeriodId = periodId,
            Commitment = commitment,
            ProgressSource = source,
            ManualProgress = manual,
            LinkedKeyResultIds = linked,
        };
    }

    private static string? Mode(Goal goal, out JsonElement? config)
    {
        config = null;
        if (!JsonValues.TryGet(goal.Json, "Progress and Status Configuration", out var c)) return null;
        config = c;
        return JsonValues.String(c, "Progress");
    }

    private KeyResult MapKeyResult(Goal goal, List<string> owners, List<JsonElement> checkIns, Dictionary<(string Child, string Parent), (double Weight, string Rule)> weights)
    {
        var notes = goal.Notes;
        var json = goal.Json;
        var objectiveId = goal.DefinedUnder ?? goal.HolderId!;
        var weight = 1.0;
        if (goal.DefinedUnder is { } under)
        {
            (weight, var rule) = weights[(goal.Id, under)];
            notes.Derived("Parent IDs", $"defined under objective {under}, {rule}" + (goal.LinkedFrom.Count > 0 ? $"; linked from {string.Join(", ", goal.LinkedFrom)} (a key result has one objective; the others count it by reference)" : ""));
            notes.Consume("Alignment");
            foreach (var linkedFrom in goal.LinkedFrom)
            {
                if (weights[(goal.Id, linkedFrom)].Weight != weight)
                    notes.Derived("Alignment", $"at {linkedFrom} its weight was {Format(weights[(goal.Id, linkedFrom)].Weight)}; a linked key result counts with its own weight {Format(weight)} everywhere (Okr.Core has one weight per key result)");
            }
        }
        else
        {
            notes.Consume("Alignment");
        }
        var otherParents = goal.Parents.Where(p => !_goals[p.ParentId].IsObjective && goal.DefinedUnder is not null).Select(p => p.ParentId).ToList();
        if (otherParents.Count > 0)
        {
            notes.Extensions["x-viva-key-result-parents"] = JsonValues.Array(otherParents.Select(JsonValues.Quote));
            notes.Notes.Add(new FidelityNote { Action = FidelityAction.Kept, Field = "Parent IDs", Detail = $"x-viva-key-result-parents: {string.Join(", ", otherParents)} are key results, and a key result cannot feed a key result in Okr.Core" });
        }
        string? ownerId = owners.Count > 0 ? owners[0] : null;
        if (owners.Count > 1) notes.Derived("Owner", $"owner {owners[0]}, the first: a key result has one owner (all are kept in x-viva-owner)");
        if (owners.Count > 1 && JsonValues.TryGet(json, "Owner", out var allOwners)) notes.Keep("Owner", "x-viva-owner", JsonValues.Compact(allOwners));
        var mode = Mode(goal, out var config);
        var derived = false;
        var children = _goalOrder.Where(c => c.IsObjective && c.Parents.Any(p => p.ParentId == goal.Id)).Select(c => c.Id)
            .Concat(_goalOrder.Where(c => c.HolderId is not null && c.Parents.Any(p => p.ParentId == goal.Id)).Select(c => c.HolderId!)).ToList();
        switch (mode)
        {
            case "Update from Children" when children.Count > 0:
                derived = true;
                notes.Derived("Progress and Status Configuration", $"derived from the objectives cascaded from it ({string.Join(", ", children)}): \"Update from Children\"");
                break;
            case "Update from Children":
                notes.Derived("Progress and Status Configuration", "measured: \"Update from Children\" but no objective is cascaded from it, so its own check-ins measure it");
                break;
            case "Update from Integration":
                notes.Derived("Progress and Status Configuration", $"measured by its check-ins: the integration ({JsonValues.String(config ?? default, "Data Source") ?? "a data source"}) does not come along; check values in from now on");
                break;
            default:
                notes.Mapped("Progress and Status Configuration", "measured by its check-ins (\"Update Manually\")");
                break;
        }
        if (config is { } c) notes.Keep("Progress and Status Configuration", "x-viva-progress-and-status-configuration", JsonValues.Compact(c), "its Status and Data Source have no place in the model");
        var imported = CheckIns(goal, checkIns);
        var measure = MeasureOf(goal, imported, out var checkpointsUsable);
        var checkpoints = Checkpoints(goal, checkpointsUsable);
        return new KeyResult
        {
            Id = goal.Id,
            Title = JsonValues.String(json, "Title") ?? "",
            Description = JsonValues.String(json, "Description"),
            ObjectiveId = objectiveId,
            OwnerId = ownerId,
            Weight = weight,
            Derived = derived,
            Measure = measure,
            CheckIns = imported,
            Checkpoints = checkpoints,
        };
    }

    private Measure MeasureOf(Goal goal, List<CheckIn> checkIns, out bool checkpointsUsable)
    {
        var notes = goal.Notes;
        var json = goal.Json;
        checkpointsUsable = false;
        var recorded = Number(json, "Progress");
        var lastCheckIn = JsonValues.TryGet(json, "Last Check-in", out _);
        // Without check-ins, the recorded Progress is the current value only when Viva says it was ever checked in.
        double? Current(double? value, string what)
        {
            if (checkIns.Count > 0 || value is null) return null;
            if (!lastCheckIn)
            {
                notes.Derived("Progress", $"not measured: no check-in was ever made (Last Check-in is empty), so Viva's {Format(value.Value)} is no measurement ('no data' is never 0)");
                return null;
            }
            notes.Derived("Progress", $"current value {Format(value.Value)}: {what}, and the export has no check-in rows for it");
            return value;
        }
        JsonValues.TryGet(json, "Outcome", out var outcome);
        var outcomeType = JsonValues.String(outcome, "Outcome Type");
        if (goal.Type == Project)
        {
            var done = recorded >= 100;
            var doneOn = done ? checkIns.Where(c => c.Value >= 100).Select(c => (DateOnly?)c.Date).FirstOrDefault() : null;
            notes.Derived("Type", $"key result measured by one milestone (\"Project\" is work, not an outcome: the health analysis counts it as output); " +
                (done ? $"done{(doneOn is { } d ? $" on {d:yyyy-MM-dd} (its first check-in at 100)" : "")}, Viva's Progress is {Format(recorded!.Value)}" : $"not done: Viva's Progress is {(recorded is { } r ? Format(r) + "%" : "empty")}, and a milestone counts only when finished"));
            if (JsonValues.TryGet(json, "Outcome", out var o)) notes.Keep("Outcome", "x-viva-outcome", JsonValues.Compact(o), "a project is a milestone");
            return Measure.Binary(JsonValues.String(json, "Title") ?? goal.Id, done, doneOn);
        }
        notes.Mapped("Type", $"key result (\"{goal.Type}\")");
        if (outcomeType == "Percentage" || outcome.ValueKind == JsonValueKind.Undefined)
        {
            checkpointsUsable = true;
            if (outcomeType == "Percentage") notes.Mapped("Outcome", "metric from 0 to 100 % (\"Percentage\")");
            else notes.Derived("Outcome", "metric from 0 to 100 %: the export gives no outcome, and Viva's default is a percentage");
            return new MetricMeasure { Start = 0, Target = 100, Unit = "%", Current = Current(recorded, "Viva's Progress of a percentage is its value") };
        }
        if (outcomeType != "Metric")
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.ImportUnknownValue, DiagnosticSeverity.Warning,
                $"Goal {goal.Id}'s Outcome Type {(outcomeType is null ? "(none)" : "\"" + outcomeType + "\"")} is unknown; it is measured as a percentage and the outcome kept as an extension.", goal.Id));
            notes.Keep("Outcome", "x-viva-outcome", JsonValues.Compact(outcome), "unknown outcome type; measured as 0 to 100 %");
            checkpointsUsable = true;
            return new MetricMeasure { Start = 0, Target = 100, Unit = "%", Current = Current(recorded, "Viva's Progress") };
        }
        var start = JsonValues.TryGet(outcome, "Start", out var s) && JsonValues.TryNumber(s, out var sv) ? sv : (double?)null;
        var target = JsonValues.TryGet(outcome, "Target", out var t) && JsonValues.TryNumber(t, out var tv) ? tv : (double?)null;
        var targetType = JsonValues.String(outcome, "Target Type");
        var unit = Unit(outcome);
        var measureExtensions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in new[] { "Metric Name", "Metric Unit", "Target Type" })
        {
            if (JsonValues.TryGet(outcome, field, out var value)) measureExtensions[JsonValues.ExtensionName(field)] = JsonValues.Compact(value);
        }
        var written = (s.ValueKind == JsonValueKind.String ? $" (written {JsonValues.Show(s)})" : "") + (t.ValueKind == JsonValueKind.String ? $" (target written {JsonValues.Show(t)})" : "");
        const string CurrentWhy = "for a metric Viva's Progress is the metric's current value";
        switch (targetType)
        {
            case "Stay Above" or "Stay Below" when target is { } limit:
                var above = targetType == "Stay Above";
                if (start is { } st) measureExtensions["x-viva-start"] = JsonValues.Compact(s);
                notes.Derived("Outcome", $"threshold: {(above ? "at least" : "at most")} {Format(limit)} {unit} (\"{targetType}\" keeps a value; its Start {(start is null ? "is empty" : Format(start.Value))} has no place in a threshold and is kept in the measure's x-viva-start)");
                var threshold = above ? Measure.AtLeast(limit, Current(recorded, CurrentWhy), unit) : Measure.AtMost(limit, Current(recorded, CurrentWhy), unit);
                return threshold with { Extensions = measureExtensions };
            case "Increase From" or "Reach" when start is { } from && target is { } to && from != to:
                checkpointsUsable = true;
                notes.Derived("Outcome", targetType == "Increase From" && to < from
                    ? $"metric from {Format(from)} down to {Format(to)} {unit}{written}: an \"Increase From\" whose target is below its start is a decrease"
                    : $"metric from {Format(from)} to {Format(to)} {unit}{written} (\"{targetType}\")");
                return new MetricMeasure { Start = from, Target = to, Unit = unit, Current = Current(recorded, CurrentWhy), Extensions = measureExtensions };
            default:
                var why = targetType is not ("Increase From" or "Reach" or "Stay Above" or "Stay Below")
                    ? $"the target type {(targetType is null ? "(none)" : "\"" + targetType + "\"")} is unknown"
                    : start == target && start is not null ? "its start equals its target, so there is no distance to measure" : "its start or target is missing or not a number";
                diagnostics.Add(new Diagnostic(DiagnosticCodes.ImportUnknownValue, DiagnosticSeverity.Warning,
                    $"Goal {goal.Id}'s metric outcome cannot be measured ({why}); it becomes a baseline key result (not measured) and the outcome is kept as an extension.", goal.Id));
                notes.Keep("Outcome", "x-viva-outcome", JsonValues.Compact(outcome), $"baseline, not measured: {why}");
                return Measure.Baseline(unit);
        }
    }

    private static string? Unit(JsonElement outcome)
    {
        var unit = JsonValues.String(outcome, "Metric Unit");
        var name = JsonValues.String(outcome, "Metric Name");
        return unit switch
        {
            "Percent" or "Percentage" => "%",
            "Number" or null or "" => string.IsNullOrWhiteSpace(name) ? null : name.ToLowerInvariant(),
            _ => unit.ToLowerInvariant(),
        };
    }

    private static List<Checkpoint> Checkpoints(Goal goal, bool usable)
    {
        var notes = goal.Notes;
        if (!JsonValues.TryGet(goal.Json, "Phased Targets", out var phased)) return [];
        if (phased.ValueKind == JsonValueKind.String)
        {
            notes.Mapped("Phased Targets", $"no checkpoints ({JsonValues.Show(phased)})");
            return [];
        }
        var list = new List<Checkpoint>();
        var ok = usable && JsonValues.TryGet(phased, "Phased Targets", out var targets) && targets.ValueKind == JsonValueKind.Array;
        if (ok)
        {
            JsonValues.TryGet(phased, "Phased Targets", out targets);
            foreach (var target in targets.EnumerateArray())
            {
                if (JsonValues.TryGet(target, "Target Value", out var v) && JsonValues.TryNumber(v, out var value)
                    && JsonValues.TryGet(target, "Target Date", out var d) && JsonValues.TryDate(d, out var date, out _)
                    && list.All(c => c.Date != date))
                    list.Add(new Checkpoint { Date = date, Value = value });
                else ok = false;
            }
        }
        if (ok && list.Count > 0)
        {
            notes.Mapped("Phased Targets", $"{list.Count} checkpoint(s) ({JsonValues.String(phased, "Interval") ?? "no interval"}; the interval is kept in x-viva-phased-targets-interval)");
            if (JsonValues.TryGet(phased, "Interval", out var interval)) notes.Extensions["x-viva-phased-targets-interval"] = JsonValues.Compact(interval);
            return list;
        }
        notes.Keep("Phased Targets", "x-viva-phased-targets", JsonValues.Compact(phased),
            usable ? "its targets are not all {Target Value, Target Date} on distinct days" : "checkpoints need a scale between start and target (a threshold or milestone has none)");
        return [];
    }

    /// <summary>
    /// The check-ins of a key result: one per day (the latest of the day; earlier ones of the same day are kept on it),
    /// dated by the day of their date-time; ones without a value are kept on the key result.
    /// </summary>
    private List<CheckIn> CheckIns(Goal goal, List<JsonElement> raw)
    {
        var notes = goal.Notes;
        var readable = new List<(DateOnly Day, string Time, long Order, double Value, JsonElement Json)>();
        var unreadable = new List<JsonElement>();
        foreach (var checkIn in raw)
        {
            var hasDate = JsonValues.TryGet(checkIn, "CheckIn Date", out var d) && JsonValues.TryDate(d, out _, out _);
            if (!hasDate) JsonValues.TryGet(checkIn, "Activity Date", out d);
            if (JsonValues.TryDate(d, out var day, out var time) && JsonValues.TryGet(checkIn, "Current Value", out var v) && JsonValues.TryNumber(v, out var value))
                readable.Add((day, time ?? "", long.TryParse(JsonValues.Id(checkIn, "ID"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var order) ? order : 0, value, checkIn));
            else unreadable.Add(checkIn);
        }
        var result = new List<CheckIn>();
        var sameDay = 0;
        foreach (var day in readable.GroupBy(c => c.Day).OrderBy(g => g.Key))
        {
            var ordered = day.OrderBy(c => c.Time, StringComparer.Ordinal).ThenBy(c => c.Order).ToList();
            var last = ordered[^1];
            var extensions = CheckInExtensions(last.Json, last.Time);
            if (ordered.Count > 1)
            {
                extensions["x-viva-earlier-same-day"] = JsonValues.Array(ordered.Take(ordered.Count - 1).Select(c => JsonValues.Compact(c.Json)));
                sameDay += ordered.Count - 1;
            }
            var note = JsonValues.TryGet(last.Json, "Check In Note", out var n) ? JsonValues.String(n, "Check In Note") : null;
            result.Add(new CheckIn { Date = last.Day, Value = last.Value, Note = string.IsNullOrEmpty(note) ? null : note, Extensions = extensions });
        }
        if (unreadable.Count > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.ImportWrongShape, DiagnosticSeverity.Warning,
                $"{unreadable.Count} check-in(s) of goal {goal.Id} have no readable date or numeric Current Value; they are kept in its x-viva-unreadable-check-ins extension.", goal.Id));
            notes.Keep("check-ins", "x-viva-unreadable-check-ins", JsonValues.Array(unreadable.Select(JsonValues.Compact)), $"{unreadable.Count} without a readable date or value");
        }
        if (result.Count > 0)
        {
            notes.Notes.Add(new FidelityNote
            {
                Action = FidelityAction.Mapped,
                Field = "check-ins",
                Detail = $"{result.Count} check-in(s): date (the day of CheckIn Date), value (Current Value), note (Check In Note); the rest of each kept as x-viva-... on the check-in",
            });
        }
        if (sameDay > 0)
        {
            notes.Notes.Add(new FidelityNote
            {
                Action = FidelityAction.Derived,
                Field = "check-ins",
                Detail = $"{sameDay} earlier check-in(s) on a day with a later one: the day's value is its latest check-in; the earlier ones are kept in x-viva-earlier-same-day on it",
            });
        }
        notes.CheckInsImported += result.Count;
        notes.CheckInsKept += sameDay + unreadable.Count;
        for (var i = 0; i < result.Count; i++) Count("checkins", mapped: true);
        for (var i = 0; i < sameDay + unreadable.Count; i++) Count("checkins", mapped: false);
        return result;
    }

    private static Dictionary<string, string> CheckInExtensions(JsonElement json, string time)
    {
        var extensions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in json.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Null) continue;
            switch (property.Name)
            {
                case "OKR ID" or "Current Value":
                    continue;
                case "CheckIn Date" when time is "" or "00:00:00":
                    continue;
                case "Check In Note" when property.Value.ValueKind == JsonValueKind.Object:
                    if (JsonValues.String(property.Value, "Check In Note HTML") is { } html) extensions["x-viva-check-in-note-html"] = JsonValues.Quote(html);
                    continue;
                default:
                    extensions.TryAdd(JsonValues.ExtensionName(property.Name), JsonValues.Compact(property.Value));
                    break;
            }
        }
        return extensions;
    }

    private void KeepOrphans(string kind, Dictionary<string, List<JsonElement>> left, string extension)
    {
        if (left.Count == 0) return;
        var all = left.SelectMany(p => p.Value).ToList();
        diagnostics.Add(new Diagnostic(DiagnosticCodes.ImportUnknownReference, DiagnosticSeverity.Warning,
            $"{all.Count} item(s) of {kind} name goals the export does not have ({string.Join(", ", left.Keys.Take(10))}); they are kept in the set's '{extension}' extension.", [.. left.Keys.Take(10)]));
        _setExtensions[extension] = JsonValues.Array(all.Select(JsonValues.Compact));
        foreach (var _ in all) Count(kind, mapped: false);
    }

    private void ReadTags()
    {
        var tags = export.Items["Tags"];
        if (tags.Length == 0) return;
        _setExtensions["x-viva-tags"] = JsonValues.Array(tags.Select(JsonValues.Compact));
        foreach (var tag in tags)
        {
            Count("Tags", mapped: false);
            _items.Add(new FidelityItem
            {
                SourceKind = "Tags",
                SourceId = JsonValues.Id(tag, "ID") ?? "?",
                Title = JsonValues.String(tag, "Name") ?? JsonValues.String(tag, "Tag Name") ?? "",
                TargetKind = "extension",
                TargetId = "x-viva-tags",
                Notes = [new FidelityNote { Action = FidelityAction.Kept, Field = "(whole item)", Detail = "x-viva-tags on the set: Okr.Core has no tags" }],
            });
        }
    }

    internal static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Source(ProgressSource source) => source switch
    {
        ProgressSource.KeyResults => "keyResults",
        ProgressSource.Children => "children",
        _ => "both",
    };
}
