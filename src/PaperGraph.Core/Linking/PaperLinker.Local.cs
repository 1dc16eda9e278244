using System.Text;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking.Abbreviations;
using PaperGraph.Core.Linking.Catalog;
using PaperGraph.Core.Linking.Matching;
using PaperGraph.Core.Linking.Novelty;

namespace PaperGraph.Core.Linking;

public sealed partial class PaperLinker
{
    /// <summary>Turns introduced names into entity ids: a catalog entity when the catalog credits this paper, else a new entity.</summary>
    private static List<Entity> IntroduceNames(
        Paper paper, LinkerDictionary dictionary, IReadOnlyList<AbbreviationDefinition> definitions, IReadOnlyList<AbbreviationDefinition> abstractDefinitions, List<string> introduced)
    {
        var created = new List<Entity>();
        foreach (var name in NoveltyDetector.Find(paper, abstractDefinitions)) // the abstract's definitions, found once per paper
        {
            if (name.Cue == NoveltyDetector.DefinitionCue
                && (KnownName(name.Alias!, dictionary.Catalog) || NamesTask(name.Name, dictionary.Catalog) || dictionary.Catalog.IsCommonName(name.Name)))
            {
                // "Segment Anything Model (SAM)" is the known SAM, "Multimodal Sentiment Analysis (MSA)" a task, and
                // "Gaussian Mixture Model (GMM)" a term other papers spell out too (schema/catalog/established_names.txt.gz)
                continue;
            }

            if (name.Cue != NoveltyDetector.DefinitionCue && name.Field != MentionField.Title && DefinedAsEstablished(name.Name, definitions, dictionary.Catalog))
            {
                // "… in terms of conditional mutual information (CMI), a new training method called CMI minimized",
                // "we propose a novel fluid antenna system (FAS)-enabled …": the paper itself says its short form is a
                // term others spell out too, so a cue before it is no coinage. A title naming it ("GCPO: …") still is.
                continue;
            }

            var known = dictionary.Catalog.FindByAlias(name.Name);
            if (known.Count > 0 && !OnlyMined(known))
            {
                // A catalog name is introduced when the catalog credits this paper (already in the list), or when
                // the catalog names no introducer and the title itself announces it ("OC20: …"): a body cue
                // ("we introduce LoRA into …") is too weak to claim an entity someone else may have introduced.
                // The title must spell it as the catalog does: "ReDDiT: …" is an image model, not the Reddit dataset,
                // and "LARa" is no claim on the dataset LARA.
                if (name.Field == MentionField.Title && known is [{ Entity.IntroducedBy: null } only] && SpelledAsCatalog(name.Name, only))
                {
                    introduced.Add(only.Entity.Id);
                }

                continue;
            }

            if (IsVariantOfKnown(name.Name, dictionary.Catalog, created))
            {
                continue; // "LLaMA-2-70B", or "Foo-7B" beside the paper's Foo: a variant mention of a known name, not a new entity
            }

            if (name.Alias is { } shortForm && SpellsOutKnown(shortForm, name.Name, dictionary.Catalog))
            {
                continue; // "Group Relative Policy Optimisation (GRPO)", "Multimodal Large Language Model (MLLM)"
            }

            if (dictionary.Catalog.IsGenericName(name.Name) && !(IsCapitalsAcronym(name.Name) && !NamedOnly(name.Cue)))
            {
                // "we propose Reinforcement Learning with …": a concept, cut off where the real name goes on. A word
                // written in capitals is an acronym the paper made of it ("LOCUS: Local Visual Cue Search …", "we
                // propose GOOD"), unless only a namer says so: "a popular benchmark called BIRD" is someone else's.
                continue;
            }

            var aliases = new List<string> { name.Name };
            if (name.Alias is { } alias && dictionary.Catalog.FindByAlias(alias).Count == 0)
            {
                aliases.Add(alias); // a short form the catalog also knows is tied to this entity by the definition instead
            }

            foreach (var definition in definitions)
            {
                if (TextFolding.Key(definition.Long) == TextFolding.Key(name.Name))
                {
                    aliases.Add(definition.Short);
                }
                else if (definition.Short == name.Name && (NameShape.IsName(definition.Long, strong: true) || NameShape.IsLongName(definition.Long)))
                {
                    // Only a long form that is itself a name: "Pointer Net (Ptr-Net)", not "a faster system
                    // based on a non-autoregressive model (FReTNA)".
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

    /// <summary>
    /// Whether the paper defines <paramref name="name"/> as a short form, and every long form it is given is an
    /// established term (<see cref="EntityCatalog.IsCommonName"/>) that spells out each of its capitals. The detector
    /// may give a long form cut short ("Reward Model" for "Residual Reward Model (RRM)", "Correction" for "Chain of
    /// Correction (CoC)"), and a short form with a digit ("A3W") is a coined name whatever its long form.
    /// </summary>
    private static bool DefinedAsEstablished(string name, IReadOnlyList<AbbreviationDefinition> definitions, EntityCatalog catalog)
    {
        return definitions.Any(definition => definition.Short == name)
            && definitions.All(definition => definition.Short != name || (catalog.IsCommonName(definition.Long) && SpellsOutEveryCapital(definition)));
    }

    /// <summary>A short form of letters whose long form has a word for each capital ("RRM" needs three).</summary>
    private static bool SpellsOutEveryCapital(AbbreviationDefinition definition) =>
        !definition.Short.Any(char.IsDigit)
        && definition.Long.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Length >= definition.Short.Count(char.IsUpper);

    /// <summary>
    /// Whether a long form defines a generic acronym, or one the catalog has under a long form starting with the same
    /// word (GRPO, ResNet); "Gated Associative Memory (GAM)" is no catalog GAM ("Generalized Additive Model").
    /// </summary>
    private static bool SpellsOutKnown(string shortForm, string longForm, EntityCatalog catalog)
    {
        if (NoveltyStopWords.ContainsOrSingular(shortForm))
        {
            return true;
        }

        var firstWord = LeadingWord(longForm);
        foreach (var owner in catalog.FindByAlias(shortForm))
        {
            foreach (var alias in owner.Entity.Aliases.Append(owner.Entity.Name))
            {
                if (alias.Contains(' ', StringComparison.Ordinal) && LeadingWord(alias) == firstWord)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a name is a known name (the catalog's, or one this paper introduced before it) followed by a variant
    /// suffix (<see cref="VariantSuffix"/>): the base is tried at every separator and where digits follow letters.
    /// Not other papers' introduced names: what a paper introduces depends on the paper and the catalog only, or a
    /// linking ingest (which has the names of the papers before it) and a relink (which decides introductions with the
    /// catalog alone) would introduce different entities.
    /// </summary>
    private static bool IsVariantOfKnown(string name, EntityCatalog catalog, List<Entity> created)
    {
        for (var end = name.Length - 1; end > 0; end--)
        {
            if (!TextFolding.IsSeparator(name[end]) && name[end] != '@' && !(char.IsAsciiDigit(name[end]) && char.IsLetter(name[end - 1])))
            {
                continue;
            }

            var key = TextFolding.Key(name[..end]);
            foreach (var owner in catalog.FindByKey(key))
            {
                if (!owner.Mined && VariantSuffix.End(name, end, owner.Entity.Kind) == name.Length) // "EuroLLM-9B" stays its paper's
                {
                    return true;
                }
            }

            foreach (var own in created)
            {
                if (VariantSuffix.End(name, end, own.Kind) == name.Length && own.Aliases.Append(own.Name).Any(a => TextFolding.Key(a) == key))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the cue is a namer alone ("called", "dubbed"), which also names things other papers made.</summary>
    private static bool NamedOnly(string cue) => NamerCue().IsMatch(cue);

    [System.Text.RegularExpressions.GeneratedRegex("^(?:" + NoveltyDetector.Namers + ")\\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex NamerCue();

    /// <summary>Whether a name is one word of three or more letters, all capitals ("LOCUS", "T-REX").</summary>
    private static bool IsCapitalsAcronym(string name)
    {
        var letters = 0;
        foreach (var c in name)
        {
            if (char.IsLower(c) || char.IsWhiteSpace(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 3;
    }

    /// <summary>Whether the catalog has the name, corpus-mined names included: a defined acronym is then not coined.</summary>
    private static bool KnownName(string name, EntityCatalog catalog) => catalog.FindByAlias(name).Count > 0;

    /// <summary>Whether a long form ends with a task's name: "Few-Shot Medical Image Segmentation" is a task, not a method.</summary>
    private static bool NamesTask(string longForm, EntityCatalog catalog)
    {
        var words = longForm.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var entry in catalog.FindByAlias(string.Join(' ', words[i..])))
            {
                if (entry.Entity.Kind == EntityKind.Task)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether every catalog entry of a name is corpus-mined: such a name stays the introducing paper's own entity
    /// ("Qwen2.5-Omni" in its technical report), which then wins the name's spans in other papers.
    /// </summary>
    private static bool OnlyMined(IReadOnlyList<CatalogEntry> known)
    {
        foreach (var entry in known)
        {
            if (!entry.Mined)
            {
                return false;
            }
        }

        return true;
    }

    private static bool SpelledAsCatalog(string name, CatalogEntry entry) =>
        entry.Entity.Name == name || entry.Entity.Aliases.Contains(name, StringComparer.Ordinal);

    private static string LeadingWord(string text)
    {
        var key = TextFolding.Key(text);
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? key : key[..space];
    }

    /// <summary><c>new:</c> plus the name's letters and digits, lower case, hyphen-joined: "Long Range Arena" → <c>new:long-range-arena</c>.</summary>
    public static string NewEntityId(string name)
    {
        if (name.Length > 256 || !Ascii.IsValid(name))
        {
            return "new:" + PaperIds.NormalizeTitle(name).Replace(' ', '-');
        }

        Span<char> id = stackalloc char[4 + name.Length];
        "new:".CopyTo(id);
        return new string(id[..(4 + AsciiTitle.Normalize(name, id[4..], '-'))]);
    }
}
