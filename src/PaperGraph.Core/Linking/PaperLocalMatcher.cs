namespace PaperGraph.Core.Linking;

/// <summary>
/// What one paper's own definitions and introduced names add to the dictionary's candidates: an acronym takes
/// the entity of its long form and vice versa, and the paper's new names are matched where it uses them.
/// Built once per paper (both fields share it); empty, and free, for a paper with neither.
/// </summary>
internal sealed class PaperLocalMatcher
{
    private readonly AbbreviationDefinition[] _definitions;
    private readonly LinkerDictionary _dictionary;
    private readonly List<(CatalogEntry Entry, string[] Keys)> _local;
    private readonly Dictionary<string, CatalogEntry?> _owners = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unownedAcronyms = new(StringComparer.Ordinal);
    private readonly List<AliasMatcher> _matchers = [];

    public PaperLocalMatcher(AbbreviationDefinition[] definitions, IReadOnlyList<CatalogEntry> newEntries, LinkerDictionary dictionary)
    {
        _definitions = definitions;
        _dictionary = dictionary;
        _local = newEntries.Select(e => (e, e.Aliases.Select(a => TextFolding.Key(a.Text)).ToArray())).ToList();
        var abbreviations = new List<CatalogEntry>();
        foreach (var definition in definitions)
        {
            var longOwner = Owner(definition.Long);
            if (longOwner is not null)
            {
                abbreviations.Add(longOwner with { Aliases = [new CatalogAlias(definition.Short, true)] });
            }
            else if (IsPlainAcronym(definition.Short))
            {
                // "Sharpness-Aware Minimization (SAM)": the paper spells out an all-capitals acronym that the catalog
                // knows under another long form, so the catalog entity is not what the paper means.
                _unownedAcronyms.Add(definition.Short);
            }
        }

        // One matcher per origin, paper-local names first: the order candidates were always found in.
        if (newEntries.Count > 0)
        {
            _matchers.Add(new AliasMatcher(newEntries, MatchOrigin.LocalName));
        }

        if (abbreviations.Count > 0)
        {
            _matchers.Add(new AliasMatcher(abbreviations, MatchOrigin.Abbreviation));
        }
    }

    /// <summary>Adjusts a field's dictionary candidates by the paper's evidence; <paramref name="fieldDefinitions"/> are those made in this field.</summary>
    public void AddTo(string text, IReadOnlyList<AbbreviationDefinition> fieldDefinitions, List<MatchCandidate> candidates)
    {
        if (_unownedAcronyms.Count > 0)
        {
            candidates.RemoveAll(c => c.Origin == MatchOrigin.Catalog && _unownedAcronyms.Contains(c.Pattern.Alias));
        }

        foreach (var definition in fieldDefinitions)
        {
            // "Structured State Space sequence (S4)": a coined short form the catalog knows ties its long form to that entity.
            if (!IsPlainAcronym(definition.Short) && Owner(definition.Long) is null && Owner(definition.Short) is { } shortOwner)
            {
                var pattern = new AliasPattern(shortOwner, TextFolding.Key(definition.Long), null, definition.Long);
                candidates.Add(new MatchCandidate(definition.LongStart, definition.LongEnd, pattern, MatchOrigin.Abbreviation));
            }
        }

        foreach (var matcher in _matchers)
        {
            matcher.Find(text, candidates);
        }
    }

    /// <summary>The one entity a name denotes: a paper-local name first, else a single dictionary entry; memoised per paper.</summary>
    private CatalogEntry? Owner(string name)
    {
        if (_owners.TryGetValue(name, out var owner))
        {
            return owner;
        }

        var key = TextFolding.Key(name);
        owner = _local.Find(l => Array.IndexOf(l.Keys, key) >= 0).Entry
            ?? (_dictionary.FindByAlias(name) is { Count: 1 } single ? single[0] : null);
        _owners[name] = owner;
        return owner;
    }

    /// <summary>All capitals ("SAM", "LRA"), as opposed to a coined name echoing its long form ("BERT4Rec").</summary>
    private static bool IsPlainAcronym(string shortForm) => shortForm.All(char.IsUpper);
}
