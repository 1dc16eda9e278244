using PaperGraph.Core.Linking.Abbreviations;
using PaperGraph.Core.Linking.Catalog;

namespace PaperGraph.Core.Linking.Matching;

/// <summary>
/// What one paper's own definitions and introduced names add to the dictionary's candidates: an acronym takes
/// the entity of its long form and vice versa, and the paper's new names are matched where it uses them.
/// Built once per paper (both fields share it); empty, and free, for a paper with neither.
/// </summary>
internal sealed class PaperLocalMatcher
{
    private readonly LinkerDictionary _dictionary;
    private readonly (CatalogEntry Entry, string[] Keys)[] _local;
    private readonly List<(string Name, CatalogEntry? Owner)> _owners = []; // a paper asks about a few names: a list beats hashing
    private readonly HashSet<string>? _unownedAcronyms;
    private readonly AliasMatcher? _localNames;
    private readonly AliasMatcher? _abbreviations;

    public PaperLocalMatcher(AbbreviationDefinition[] definitions, IReadOnlyList<CatalogEntry> newEntries, LinkerDictionary dictionary)
    {
        _dictionary = dictionary;
        _local = new (CatalogEntry, string[])[newEntries.Count];
        for (var i = 0; i < _local.Length; i++)
        {
            var entry = newEntries[i];
            var keys = new string[entry.Aliases.Count];
            for (var a = 0; a < keys.Length; a++)
            {
                keys[a] = TextFolding.Key(entry.Aliases[a].Text);
            }

            _local[i] = (entry, keys);
        }

        List<CatalogEntry>? abbreviations = null;
        foreach (var definition in definitions)
        {
            var longOwner = Owner(definition.Long);
            if (longOwner is not null)
            {
                (abbreviations ??= []).Add(longOwner with { Aliases = [new CatalogAlias(definition.Short, true)] });
            }
            else if (IsPlainAcronym(definition.Short) && !Describes(definition))
            {
                // "Sharpness-Aware Minimization (SAM)": the paper spells out an all-capitals acronym that the catalog
                // or another paper's introduced entity knows under another long form, so that entity is not what the
                // paper means ("Automated scoring (AS)" is not Attention-Shifting's AS). Unless the entity's own
                // description spells it the same way ("Receptance Weighted Key Value" for RWKV).
                (_unownedAcronyms ??= new(StringComparer.Ordinal)).Add(definition.Short);
            }
        }

        // One matcher per origin, paper-local names first: the order candidates were always found in.
        _localNames = newEntries.Count > 0 ? new AliasMatcher(newEntries, MatchOrigin.LocalName) : null;
        _abbreviations = abbreviations is not null ? new AliasMatcher(abbreviations, MatchOrigin.Abbreviation) : null;
    }

    /// <summary>Adjusts a field's dictionary candidates by the paper's evidence; <paramref name="fieldDefinitions"/> are those made in this field.</summary>
    public void AddTo(string field, IReadOnlyList<AbbreviationDefinition> fieldDefinitions, List<MatchCandidate> candidates)
    {
        if (_unownedAcronyms is not null)
        {
            candidates.RemoveAll(c => c.Origin is MatchOrigin.Catalog or MatchOrigin.Introduced && _unownedAcronyms.Contains(c.Pattern.Alias));
        }

        foreach (var definition in fieldDefinitions)
        {
            // "Structured State Space sequence (S4)": a coined short form the catalog knows ties its long form to that
            // entity, and so does an acronym whose entity spells the long form ("retrieval augmented generation (RAG)").
            if (Owner(definition.Long) is null && Owner(definition.Short) is { } shortOwner && (!IsPlainAcronym(definition.Short) || Describes(definition)))
            {
                var pattern = new AliasPattern(shortOwner, TextFolding.Key(definition.Long), null, definition.Long);
                candidates.Add(new MatchCandidate(definition.LongStart, definition.LongEnd, pattern, MatchOrigin.Abbreviation));
            }
        }

        _localNames?.Find(field, candidates);
        _abbreviations?.Find(field, candidates);
    }

    /// <summary>The one entity a name denotes: a paper-local name first, else a single dictionary entry; memoised per paper.</summary>
    private CatalogEntry? Owner(string name)
    {
        foreach (var known in _owners)
        {
            if (known.Name == name)
            {
                return known.Owner;
            }
        }

        var key = TextFolding.Key(name);
        var owner = Array.Find(_local, l => Array.IndexOf(l.Keys, key) >= 0).Entry
            ?? (_dictionary.FindByKey(key) is { Count: 1 } single ? single[0] : null);
        _owners.Add((name, owner));
        return owner;
    }

    /// <summary>
    /// Whether the one entity the short form names mentions the long form in its description, or spells it loosely in
    /// an alias or its description (<see cref="LooseLongForm"/>: "retrieval augmented generation" for RAG's
    /// "Retriever-Augmented Generation").
    /// </summary>
    private bool Describes(AbbreviationDefinition definition)
    {
        if (Owner(definition.Short) is not { } owner)
        {
            return false;
        }

        var longKey = TextFolding.Key(definition.Long);
        var description = owner.Entity.Description is { } text ? TextFolding.Key(text) : "";
        if (description.Contains(longKey, StringComparison.Ordinal) || LooseLongForm.Within(longKey, description))
        {
            return true;
        }

        foreach (var alias in owner.Aliases)
        {
            if (LooseLongForm.Within(longKey, TextFolding.Key(alias.Text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>All capitals ("SAM", "LRA"), as opposed to a coined name echoing its long form ("BERT4Rec").</summary>
    private static bool IsPlainAcronym(string shortForm)
    {
        foreach (var c in shortForm)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
