using System.Globalization;
using System.Text.RegularExpressions;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking.Abbreviations;
using PaperGraph.Core.Linking.Matching;
using PaperGraph.Core.Linking.Novelty;

namespace PaperGraph.Core.Linking;

internal static partial class BuildsOnEvidenceRules
{
    /// <summary>Whether the cited paper came out after the citing one (arXiv ids, else listing dates): nothing builds on a later paper.</summary>
    internal static bool Later(Paper cited, Paper? citing)
    {
        if (citing is null)
        {
            return false;
        }

        if (ArxivOrder(cited.ArxivId) is { } citedOrder && ArxivOrder(citing.ArxivId) is { } citingOrder)
        {
            return citedOrder.CompareTo(citingOrder) > 0;
        }

        return cited.Date is { Year: not null } citedDate && citing.Date is { Year: not null } citingDate && citedDate.CompareTo(citingDate) > 0;
    }

    /// <summary>The mention is written as one of the entity's names, up to case and separators: "IntPhys2" for "IntPhys 2", not "OmniEvents" for "OmniEvent".</summary>
    internal static bool SameName(string surface, Entity entity)
    {
        var squashed = Squash(surface);
        return entity.Aliases.Prepend(entity.Name).Any(name => Squash(name) == squashed);
    }

    /// <summary>
    /// Whether the mention names the citing paper's own thing ("we introduce the Panoramic Dual BridgeNet", "our
    /// SciAgent-8B", "the proposed SparseVAR"), sits in a web address, or is an acronym the citing paper spells out
    /// otherwise than the cited one ("User interface to code (UI2Code)") or, a short acronym, in lower case.
    /// </summary>
    private static bool OwnOrElsewhere(Paper? citing, Paper cited, Mention mention)
    {
        var field = FieldOf(citing, mention);
        if (field is null || mention.End > field.Length)
        {
            return false;
        }

        var sentenceStart = mention.Start == 0 ? -1 : field.LastIndexOf(". ", mention.Start - 1, Math.Min(mention.Start, 80), StringComparison.Ordinal);
        var before = Markup().Replace(field[(sentenceStart < 0 ? Math.Max(0, mention.Start - 80) : sentenceStart + 2)..mention.Start], string.Empty);
        if (OwnCue().IsMatch(before) || NameText.InUrl(field, mention.Start, mention.End))
        {
            return true;
        }

        // An acronym the citing paper spells out in lower case ("finite-state machine (FSM)", "digital elevation model (DEM)")
        // is a common term to it, whoever else capitalised it; not so between papers sharing an author.
        var definitions = AbbreviationDetector.Find(field).Where(d => d.Short == mention.Surface).ToArray();
        if (IsShortAcronym(mention.Surface) && definitions.Any(d => !d.Long.Any(char.IsUpper)) && !ShareAnAuthor(citing!, cited))
        {
            return true;
        }

        var citingForms = definitions.Select(d => TextFolding.Key(d.Long)).ToArray();
        return citingForms.Length > 0 && !LongForms(cited, mention.Surface).Any(l => citingForms.Contains(TextFolding.Key(l)));
    }

    /// <summary>
    /// Whether the mention comes right after "our" or "proposed" ("our SciAgent-8B", "the proposed SparseVAR"): the
    /// citing paper's own thing of that name, even where another sentence of it names it with no cue. Not when the
    /// two papers share an author ("our RealX3D benchmark" in the challenge report of RealX3D's authors is theirs
    /// twice), nor when the name goes on with a hyphen ("the recently proposed mHC-lite" is another, longer name).
    /// </summary>
    private static bool OwnedRightBefore(Paper? citing, Paper cited, Mention mention)
    {
        var field = FieldOf(citing, mention);
        return field is not null && mention.End <= field.Length
            && !(mention.End + 1 < field.Length && field[mention.End] == '-' && char.IsLetterOrDigit(field[mention.End + 1]))
            && !ShareAnAuthor(citing!, cited)
            && OwnRightBefore().IsMatch(Markup().Replace(field[Math.Max(0, mention.Start - 40)..mention.Start], string.Empty));
    }

    /// <summary>
    /// Whether the citing paper writes a version right after the mention that the cited paper never writes after the
    /// name: "RoboTwin 2.0" and "ViDoRe V1" are other releases, with papers of their own, than the RoboTwin and the
    /// ViDoRe V3 a paper introduced. A name the cited paper writes with no version is its first ("DeepSeek-OCR V1").
    /// </summary>
    internal static bool OtherVersion(Paper? citing, Paper cited, Entity entity, Mention mention)
    {
        var field = FieldOf(citing, mention);
        if (field is null || mention.End > field.Length || VersionAfter().Match(field, mention.End) is not { Success: true } written)
        {
            return false;
        }

        var citedVersions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in new[] { cited.Title, cited.Abstract })
        {
            foreach (var name in entity.Aliases.Prepend(entity.Name))
            {
                for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
                {
                    var end = at + name.Length;
                    if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && VersionAfter().Match(text, end) is { Success: true } version)
                    {
                        citedVersions.Add(VersionNumber(version));
                    }
                }
            }
        }

        return !(citedVersions.Count == 0 ? VersionNumber(written) == "1" : citedVersions.Contains(VersionNumber(written)));
    }

    /// <summary>"2.0" and "V2" are one version, "v1.0" and "1" another.</summary>
    private static string VersionNumber(Match version)
    {
        var number = version.Groups["n"].Value;
        while (number.EndsWith(".0", StringComparison.Ordinal))
        {
            number = number[..^2];
        }

        return number;
    }

    /// <summary>Whether the two papers list an author in common (as written, up to case): the same group's papers.</summary>
    private static bool ShareAnAuthor(Paper citing, Paper cited) => citing.Authors.Intersect(cited.Authors, StringComparer.OrdinalIgnoreCase).Any();

    private static (int Month, int Number)? ArxivOrder(string? arxivId)
    {
        var dot = arxivId?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        var version = arxivId?.IndexOf('v', StringComparison.Ordinal) ?? -1;
        return dot == 4
            && int.TryParse(arxivId.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(version > dot ? arxivId.AsSpan(dot + 1, version - dot - 1) : arxivId.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? (month, number)
            : null;
    }

    /// <summary>Letters and digits in lower case (and "+" when asked): a name up to case and separators.</summary>
    private static string Squash(string name, bool keepPlus = false) =>
        new(name.Where(c => char.IsLetterOrDigit(c) || (keepPlus && c == '+')).Select(char.ToLowerInvariant).ToArray());

    /// <summary>A cue of the citing paper's own thing, then at most three words that are no preposition ("we present results on X" is use), right before the mention.</summary>
    [GeneratedRegex(@"(?:\b[Oo]ur|\bproposed|\b(?:propose|introduce|present|construct|develop|design|release|contribute|call|name|term|dub)[sd]?|\bcalled|\bnamed|\bdubbed|\btermed)\s+(?:(?!(?:on|upon|with|in|to|for|from|against|over|using|via|and|or|of|than|by|at|as|results?)\b)[\w-]+\s+){0,3}[""“'(]?$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnCue();

    /// <summary>"our" or "proposed" right before the mention, but for a quote or bracket.</summary>
    [GeneratedRegex(@"\b(?:[Oo]ur|[Pp]roposed)\s+[""“'(]?$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnRightBefore();

    /// <summary>LaTeX and Markdown markup around names in abstracts: <c>\textsc{</c>, <c>\textbf{</c>, braces, dollars and <c>**</c> ("we propose **MA-RAG**").</summary>
    [GeneratedRegex(@"\\[a-zA-Z]+\{|[{}$*]", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();

    /// <summary>
    /// A version right where a name ends: " V1", "-v3", " 2.0". Not a plain number ("OmniGen 5.06" is a score, "ArchEHR-QA
    /// 2025" a year's edition of the same task) and not a size ("-8B").
    /// </summary>
    [GeneratedRegex(@"\G[ -]?(?:[vV](?<n>\d+(?:\.\d+)*)|(?<n>\d\.\d))(?![\w%]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex VersionAfter();

    /// <summary>What may follow a claimed name and still claim it: a size or version ("-8B", " 2", "-V2", "3.5").</summary>
    [GeneratedRegex(@"^[ .]?(?:\d+(?:\.\d+)?[bmkt]|v?\d+(?:\.\d+)*)$", RegexOptions.CultureInvariant)]
    private static partial Regex SizeOrVersion();
}
