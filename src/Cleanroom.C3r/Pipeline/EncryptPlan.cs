namespace Cleanroom.C3r;

/// <summary>The resolved schema: target columns bound to input columns, with the collaboration settings and keys.</summary>
internal sealed class EncryptPlan
{
    public EncryptPlan(C3rSchema schema, IReadOnlyList<SourceColumn> sources, ClientSettings settings, KeyMaterial keys)
    {
        Settings = settings;
        RootKey = keys.RootKey;
        if (schema.HeaderRow)
        {
            CheckInputHeaders(sources);
        }

        var columns = new List<PlannedColumn>();
        var missing = new List<string>();
        var fingerprints = 0;
        var keyCache = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var target in schema.Columns)
        {
            var source = target.SourceIndex ?? IndexOf(sources, target.SourceHeader!);
            if (source < 0 || source >= sources.Count)
            {
                missing.Add($"`{target.TargetHeader}`");
                continue;
            }

            byte[]? key = null;
            if (target.Type == ColumnType.Fingerprint && !keyCache.TryGetValue(target.TargetHeader, out key))
            {
                key = keys.FingerprintKey(target.TargetHeader, settings.AllowJoinsOnColumnsWithDifferentNames);
                keyCache[target.TargetHeader] = key;
            }

            columns.Add(new PlannedColumn(
                target, source, sources[source], target.Type == ColumnType.Fingerprint ? fingerprints++ : -1, key));
        }

        if (missing.Count > 0)
        {
            throw new C3rException(
                $"Target column(s) [{string.Join(", ", missing)}] could not be matched to the corresponding source columns in the input file.");
        }

        Columns = columns;
        FingerprintColumns = [.. columns.Where(c => c.FingerprintIndex >= 0)];
    }

    public ClientSettings Settings { get; }

    public byte[] RootKey { get; }

    public IReadOnlyList<PlannedColumn> Columns { get; }

    public IReadOnlyList<PlannedColumn> FingerprintColumns { get; }

    public bool HasSealed => Columns.Any(c => c.Target.Type == ColumnType.Sealed);

    /// <summary>Source columns whose longest value decides a max pad.</summary>
    public IReadOnlyList<int> MaxPadSources =>
        [.. Columns.Where(c => c.Target.Pad?.Kind == PadKind.Max).Select(c => c.Source).Distinct()];

    /// <summary>Fixes every pad target once the longest encoded value of each max-padded source is known.</summary>
    public void ResolvePads(IReadOnlyDictionary<int, int> maxEncodedLength)
    {
        foreach (var column in Columns.Where(c => c.Target.Pad is not null))
        {
            var pad = column.Target.Pad!;
            var longest = pad.Kind == PadKind.Max ? maxEncodedLength.GetValueOrDefault(column.Source) : 0;
            pad.CheckTarget(column.Target.TargetHeader, longest);
            column.PadTarget = pad.Target(longest);
        }
    }

    private static int IndexOf(IReadOnlyList<SourceColumn> sources, string header)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            if (ColumnHeader.Normalise(sources[i].Name) == header)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>All input headers are validated, used or not, and must be unique once normalised.</summary>
    private static void CheckInputHeaders(IReadOnlyList<SourceColumn> sources)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var header = ColumnHeader.NormaliseAndValidate(source.Name);
            if (!seen.Add(header))
            {
                throw new C3rException($"The input file has more than one column named `{header}`.");
            }
        }
    }
}
