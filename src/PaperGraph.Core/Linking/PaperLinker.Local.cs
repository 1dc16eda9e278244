using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Linking;

public sealed partial class PaperLinker
{
    /// <summary>Turns introduced names into entity ids: a catalog entity when the catalog credits this paper, else a new entity.</summary>
    private static List<Entity> IntroduceNames(Paper paper, LinkerDictionary dictionary, IReadOnlyList<AbbreviationDefinition> definitions, SortedSet<string> introduced)
    {
        var created = new List<Entity>();
        foreach (var name in NoveltyDetector.Find(paper))
        {
            var known = dictionary.Catalog.FindByAlias(name.Name);
            if (known.Count > 0)
            {
                continue; // a catalog name: introduced only when the catalog credits this paper (already in the set)
            }

            var aliases = new List<string> { name.Name };
            foreach (var definition in definitions)
            {
                if (TextFolding.Key(definition.Long) == TextFolding.Key(name.Name))
                {
                    aliases.Add(definition.Short);
                }
                else if (definition.Short == name.Name)
                {
                    aliases.Add(definition.Long);
                }
            }

            var id = NewEntityId(name.Name);
            if (created.Any(e => e.Id == id))
            {
                continue;
            }

            created.Add(new Entity
            {
                Id = id,
                Name = name.Name,
                Kind = name.Kind,
                Aliases = aliases.Distinct(StringComparer.Ordinal).ToArray(),
                Description = $"Introduced by \"{paper.Title}\" ({name.Cue}).",
                IntroducedBy = new IntroducingPaper(paper.Title, paper.ArxivId, paper.Date?.Year),
                Source = "introduced",
            });
            introduced.Add(id);
        }

        return created;
    }

    /// <summary><c>new:</c> plus the name's letters and digits, lower case, hyphen-joined: "Long Range Arena" → <c>new:long-range-arena</c>.</summary>
    public static string NewEntityId(string name) => "new:" + PaperIds.NormalizeTitle(name).Replace(' ', '-');

    /// <summary>Adds candidates that a paper's own definitions justify: an acronym takes the entity of its long form and vice versa.</summary>
    private static void AddAbbreviations(
        string text,
        IReadOnlyList<AbbreviationDefinition> allDefinitions,
        IReadOnlyList<AbbreviationDefinition> fieldDefinitions,
        LinkerDictionary dictionary,
        List<(CatalogEntry Entry, MatchOrigin Origin)> local,
        List<MatchCandidate> candidates)
    {
        var entries = new List<(CatalogEntry, MatchOrigin)>(local);
        foreach (var definition in allDefinitions)
        {
            var longOwner = Owner(definition.Long, dictionary, local);
            if (longOwner is not null)
            {
                entries.Add((longOwner with { Aliases = [new CatalogAlias(definition.Short, true)] }, MatchOrigin.Abbreviation));
            }
        }

        foreach (var definition in allDefinitions.Where(d => IsPlainAcronym(d.Short) && Owner(d.Long, dictionary, local) is null))
        {
            // "Sharpness-Aware Minimization (SAM)": the paper spells out an all-capitals acronym that the catalog
            // knows under another long form, so the catalog entity is not what the paper means.
            candidates.RemoveAll(c => c.Origin == MatchOrigin.Catalog && c.Pattern.Alias == definition.Short);
        }

        foreach (var definition in fieldDefinitions)
        {
            if (!IsPlainAcronym(definition.Short) && Owner(definition.Long, dictionary, local) is null && Owner(definition.Short, dictionary, local) is { } shortOwner)
            {
                var pattern = new AliasPattern(shortOwner, TextFolding.Key(definition.Long), null, definition.Long);
                candidates.Add(new MatchCandidate(definition.LongStart, definition.LongEnd, pattern, MatchOrigin.Abbreviation));
            }
        }

        if (entries.Count > 0)
        {
            foreach (var group in entries.GroupBy(e => e.Item2))
            {
                new AliasMatcher(group.Select(e => e.Item1), group.Key).Find(text, candidates);
            }
        }
    }

    private static CatalogEntry? Owner(string name, LinkerDictionary dictionary, List<(CatalogEntry Entry, MatchOrigin Origin)> local)
    {
        var key = TextFolding.Key(name);
        var found = local.Where(l => l.Entry.Aliases.Any(a => TextFolding.Key(a.Text) == key)).Select(l => l.Entry).FirstOrDefault();
        return found ?? (dictionary.FindByAlias(name) is { Count: 1 } single ? single[0] : null);
    }

    /// <summary>All capitals ("SAM", "LRA"), as opposed to a coined name echoing its long form ("BERT4Rec").</summary>
    private static bool IsPlainAcronym(string shortForm) => shortForm.All(char.IsUpper);
}
