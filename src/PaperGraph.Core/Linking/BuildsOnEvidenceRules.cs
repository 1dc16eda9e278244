using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking.Abbreviations;
using PaperGraph.Core.Linking.Matching;
using PaperGraph.Core.Linking.Novelty;

namespace PaperGraph.Core.Linking;

/// <summary>
/// Whether a citing paper's mentions of an entity are evidence that it builds on one introducer. On the full
/// corpus 87 of 100 name-matched links were wrong: namesakes, acronym collisions ("CAB" the citing paper's block,
/// another paper's sampler), plain words ("Aime", "Alzheimer") and catalog datasets claimed by a title of a
/// similar spelling. What stays:
/// <list type="bullet">
/// <item>a catalog entity whose catalog record credits an introducer (matched by arXiv id or whole title); a catalog
/// entity without one (datasets, tasks, most methods) was only claimed by a title and makes no link;</item>
/// <item>an introduced name written in the citing paper in a coined form: a word with an inner capital or a digit
/// ("KeyFace", "S4", "Lite-LLM4Rec"); plain words ("Orbit", "Adaptive Weighting") make no link;</item>
/// <item>a short acronym (2–5 characters, two capitals) only when the cited paper defines it with a multi-word long
/// form and the citing paper's text has that long form too.</item>
/// </list>
/// A method's name makes no link between papers whose subject categories differ (<see cref="OtherField"/>).
/// An introduced name makes no link when the citing paper writes "our" or "proposed" right before it anywhere
/// (<see cref="OwnedRightBefore"/>), and a mention is no evidence when it names a version the cited paper never
/// writes ("RoboTwin 2.0" for the paper of RoboTwin, <see cref="OtherVersion"/>).
/// </summary>
internal static partial class BuildsOnEvidenceRules
{
    private const string IntroducedSource = "introduced";

    public static bool Links(Entity entity, IReadOnlyList<Mention> mentions, Paper? citing, Paper? cited)
    {
        if (entity.Source != IntroducedSource)
        {
            return entity.IntroducedBy is not null;
        }

        // The cited paper must name it as its own (title head or a cue right before the name), the citing paper must
        // not: "experiments on MegaDepth" in a sentence with a cue, "a tensor-train (TT) framework" are no claims.
        // A name the citing paper calls its own anywhere ("the proposed X" after a plain "X attains") is its own in every mention.
        return cited is not null && !Later(cited, citing) && !OtherField(entity, citing, cited) && Claims(cited, entity) && (citing is null || !Claims(citing, entity))
            && !mentions.Any(m => OwnedRightBefore(citing, cited, m))
            && mentions.Any(m => SameName(m.Surface, entity) && Distinctive(m.Surface, citing, cited) && !Glued(citing, m) && !OwnOrElsewhere(citing, cited, m)
                && !OtherVersion(citing, cited, entity, m));
    }

    /// <summary>
    /// Whether a method's name links papers of different fields: both list subject categories and share none (no
    /// author either). A method name coined in two fields is mostly two methods ("SynFlow" for scientific writing and
    /// for LiDAR scene flow, "LangBridge" for multilingual encoders and for vision-language adapters), while datasets,
    /// benchmarks and models travel across fields (a language paper evaluates a vision model or on a vision benchmark),
    /// so those keep their links. Papers without categories (listing pages) are not judged by them.
    /// </summary>
    internal static bool OtherField(Entity entity, Paper? citing, Paper cited) =>
        entity.Kind is not (EntityKind.Dataset or EntityKind.Model)
        && citing is { Categories.Count: > 0 } && cited.Categories.Count > 0
        && !citing.Categories.Intersect(cited.Categories, StringComparer.Ordinal).Any()
        && !ShareAnAuthor(citing, cited);

    /// <summary>Whether the paper's title head ("X: …") is one of the entity's names, or a cue ("we propose X", "called X") puts one right after it.</summary>
    internal static bool Claims(Paper paper, Entity entity)
    {
        var keys = entity.Aliases.Prepend(entity.Name).Select(TextFolding.Key).ToHashSet(StringComparer.Ordinal);
        var squashed = entity.Aliases.Prepend(entity.Name).Select(ClaimKey).ToHashSet(StringComparer.Ordinal);
        var colon = paper.Title.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && (keys.Contains(TextFolding.Key(paper.Title[..colon])) || squashed.Contains(ClaimKey(paper.Title[..colon]))))
        {
            return true;
        }

        // "We introduce \textsc{CEO-Bench}": the cue sees the name without its markup.
        var text = Markup().Replace(paper.Abstract, string.Empty);
        foreach (var match in NoveltyDetector.CueMatches(text, NoveltyDetector.Scan.WordStarts(text)))
        {
            // "we propose Nano3D" claims the entity named Nano-3D: the name up to case and separators, as SameName matches mentions.
            var named = TextFolding.Key(match.Groups["name"].Value);
            if (squashed.Contains(ClaimKey(match.Groups["name"].Value.TrimEnd('.', ',', ';', ':'))) || keys.Any(key => named == key || (named.StartsWith(key, StringComparison.Ordinal) && SizeOrVersion().IsMatch(named[key.Length..]))))
            {
                return true; // "we present ReasonIR-8B" claims ReasonIR; "we introduce GLiNER-biomed" does not claim GLiNER
            }
        }

        return false;
    }

    /// <summary>A name up to case and separators, for claims: "Nano3D" is Nano-3D, but "RASC+" is another name than RASC.</summary>
    private static string ClaimKey(string name) => Squash(name, keepPlus: true);

    /// <summary>
    /// Whether the mention is part of a longer token ("SS$A^3$D" holds "A^3") or ends a hyphenated one ("xbench-DeepSearch"
    /// is another benchmark than DeepSearch, "Multi-SWE-bench" than SWE-bench), which is some other name. A hyphen after
    /// the mention does not make one: "RoboTwin-generated", "SAM-based" are about the name.
    /// </summary>
    private static bool Glued(Paper? citing, Mention mention)
    {
        var field = FieldOf(citing, mention);
        return field is not null && mention.End <= field.Length && field.AsSpan(mention.Start, mention.End - mention.Start).SequenceEqual(mention.Surface)
            && ((mention.Start > 0 && IsGlue(field[mention.Start - 1])) || (mention.End < field.Length && IsGlue(field[mention.End]))
                || (mention.Start > 1 && field[mention.Start - 1] == '-' && char.IsLetterOrDigit(field[mention.Start - 2])));
    }

    /// <summary>The citing paper's title or abstract, whichever the mention is in; null without the paper.</summary>
    private static string? FieldOf(Paper? citing, Mention mention) =>
        citing is null ? null : mention.Field == MentionField.Title ? citing.Title : citing.Abstract;

    private static bool IsGlue(char c) => char.IsLetterOrDigit(c) || c is '$' or '^' or '_';

    /// <summary>Whether <paramref name="surface"/>, as the citing paper writes it, can only mean the cited paper's entity.</summary>
    internal static bool Distinctive(string surface, Paper? citing, Paper cited)
    {
        if (IsShortAcronym(surface))
        {
            var citingText = citing is null ? string.Empty : TextFolding.Key(citing.Title + " " + citing.Abstract);
            return LongForms(cited, surface).Any(longForm => Contains(citingText, TextFolding.Key(longForm)));
        }

        // "KeyFace", "S4", "Lite-LLM4Rec"; a compound of an acronym and a name: "SWE-Bench", "MM-Vet". Plain words, even
        // the cited paper's own long form ("Adaptive Weighting" for A3W), are written by many papers that never read it.
        // A hyphen compound only: "Universal AI", "LLM Router" are phrases.
        var words = surface.Split(' ', '-', '/');
        var parts = surface.Split('-');
        return surface.Count(char.IsLetter) >= 2
            && (words.Any(IsCoinedWord) || (!surface.Contains(' ', StringComparison.Ordinal) && parts.Count(w => w.Length > 0 && char.IsUpper(w[0])) >= 2 && parts.Any(IsAcronymWord)));
    }

    /// <summary>"CAB", "AIME", "WoW", "UQ": one token of 2–5 characters with at least two capitals, which many papers coin independently.</summary>
    internal static bool IsShortAcronym(string surface) =>
        surface.Length is >= 2 and <= 5 && !surface.Contains(' ', StringComparison.Ordinal) && surface.Count(char.IsUpper) >= 2;

    /// <summary>
    /// A word with a letter and a digit ("S4", "GPT4o"), a lower-case letter before a capital ("KeyFace", "LLM4Rec"), or
    /// six capitals or more; a bare number or year is not one, nor a short acronym ("NP" in "NP-hard").
    /// </summary>
    private static bool IsCoinedWord(string word)
    {
        var letter = word.Count(char.IsLetter) >= 2; // "3D", "P2", "2.5D" are no names
        var camel = Enumerable.Range(1, Math.Max(0, word.Length - 1)).Any(i => char.IsLower(word[i - 1]) && char.IsUpper(word[i]));
        return letter && (word.Any(char.IsDigit) || camel || (word.Length >= 6 && !word.Any(char.IsLower)));
    }

    private static bool IsAcronymWord(string word) => word.Length >= 2 && word.All(c => char.IsUpper(c) || char.IsDigit(c));

    private static IEnumerable<string> LongForms(Paper cited, string shortForm) =>
        Definitions(cited).Where(d => d.Short == shortForm && SpellsOut(d.Long, shortForm)).Select(d => d.Long);

    /// <summary>A long form with a word for every capital of the short form: "Consistency-Aware Buffer" for CAB, not "Buffer".</summary>
    private static bool SpellsOut(string longForm, string shortForm) =>
        longForm.Split(' ', '-').Count(w => w.Length > 0 && char.IsLetter(w[0])) >= Math.Max(2, shortForm.Count(char.IsUpper));

    private static IEnumerable<AbbreviationDefinition> Definitions(Paper paper) =>
        AbbreviationDetector.Find(paper.Title).Concat(AbbreviationDetector.Find(paper.Abstract));

    /// <summary>Whether folded <paramref name="text"/> holds folded <paramref name="phrase"/> as whole words.</summary>
    private static bool Contains(string text, string phrase)
    {
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }
}
