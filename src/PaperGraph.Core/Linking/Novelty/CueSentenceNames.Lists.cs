using System.Text.RegularExpressions;
using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Linking.Novelty;

internal static partial class CueSentenceNames
{
    /// <summary>
    /// The names a cue's object lists: "this paper presents two pipelines for traffic monitoring, MMSD and SAMR, that …",
    /// "we create multi-lingual benchmarks -- Cross-Lingual Grade School Math Symbolic (CL-GSM Symbolic) and
    /// Cross-Lingual Instruction-Following Eval (CL-IFEval)--". The words between the cue and the list are lower-case and
    /// say there are several (a number word, or a plural naming noun last); the list is an apposition of two or more
    /// names, each a name on its own shape or a capitalised long form with its short form, ending where the apposition
    /// does. A list after anything else ("on two benchmarks, namely X and Y", "compared with X and Y") is what the paper
    /// uses, and is left alone.
    /// </summary>
    private static IReadOnlyList<IntroducedName> ListedNames(string text, int cueEnd, int sentenceEnd, string cue)
    {
        var head = ListHead().Match(text, cueEnd, sentenceEnd - cueEnd);
        if (!head.Success || !(head.Groups["count"].Success || PluralNamingNoun().IsMatch(head.Groups["last"].Value))
            || UseWord().IsMatch(text.AsSpan(head.Index, head.Length)))
        {
            return [];
        }

        var listStart = head.Index + head.Length;
        var list = NameList().Match(text, listStart, sentenceEnd - listStart);
        if (!list.Success)
        {
            return [];
        }

        var names = new List<IntroducedName>();
        foreach (Capture item in list.Groups["item"].Captures)
        {
            if (ListItem(text, item, head.Index) is not { } name)
            {
                return []; // every item must be a name, or it is no list of names
            }

            names.Add(name with { Cue = cue });
        }

        return names.Count >= 2 ? names : [];
    }

    /// <summary>One item of a listed apposition: "MMSD", or "Cross-Lingual Instruction-Following Eval (CL-IFEval)".</summary>
    private static IntroducedName? ListItem(string text, Capture item, int headStart)
    {
        var value = item.Value;
        var kind = KindGuess.Stated(text, headStart, item.Index + item.Length);
        var open = value.IndexOf(" (", StringComparison.Ordinal);
        if (open < 0)
        {
            // A plain capitalised word ("Anger", "Sarcasm") is a category's label as readily as a name: a listed name
            // alone must look coined, or be several capitalised words.
            return NameShape.IsName(value, strong: value.Contains(' ', StringComparison.Ordinal)) && !NoveltyStopWords.ContainsOrSingular(value)
                ? new IntroducedName(value, MentionField.Abstract, item.Index, kind ?? EntityKind.Method, string.Empty) { KindStated = kind is not null }
                : null;
        }

        var longForm = value[..open];
        var shortForm = value[(open + 2)..^1];
        return NameShape.IsLongName(longForm) && NameShape.IsName(shortForm, strong: false) && !NoveltyStopWords.ContainsOrSingular(shortForm)
            ? new IntroducedName(longForm, MentionField.Abstract, item.Index, kind ?? EntityKind.Method, string.Empty) { Alias = shortForm, KindStated = kind is not null }
            : null;
    }

    /// <summary>
    /// From the cue's end: lower-case words (the object, "two semantic image communication pipelines for traffic
    /// monitoring"), then the apposition's opening (a comma, colon or dash).
    /// </summary>
    [GeneratedRegex(@"\G\s+(?:(?<count>two|three|four|five|both|a pair of)\s+|(?:a|an|the|our)\s+)?(?:[a-z][a-z0-9-]*\s+){0,10}?(?<last>[a-z][a-z0-9-]*)\s*(?:,|:|--|—|–)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ListHead();

    /// <summary>A word saying the listed things are used, not made: "… evaluated on two datasets:", "… based on two models,".</summary>
    [GeneratedRegex(@"\b(?:on|with|using|across|against|than|over|from|via|by|between|is|are|was|were|been|be|including|such|namely|e\.g|i\.e|evaluat\w*|compar\w*|analy\w*|study|existing|metrics?|scores?|measures?|criteria|criterion|indicators?|indices|dimensions|categories|types)\b", RegexOptions.CultureInvariant)]
    private static partial Regex UseWord();

    /// <summary>A plural naming noun: the object names several things.</summary>
    [GeneratedRegex(@"^(?:models|frameworks|methods|networks|architectures|algorithms|systems|modules|mechanisms|datasets|benchmarks|pipelines|techniques|strategies|agents|suites|corpora|variants|approaches|schemes|components|tools|toolkits)$", RegexOptions.CultureInvariant)]
    private static partial Regex PluralNamingNoun();

    /// <summary>
    /// Two or more names ("X, Y and Z", "X and Y"), each capitalised words or a long form with its short form in
    /// brackets, then where the apposition ends: a comma, a full stop, a dash, a bracket, or "that"/"which"/"for"/"to"/"with".
    /// </summary>
    [GeneratedRegex(@"\G(?<item>" + ListName + @")(?:,\s+(?<item>" + ListName + @"))*,?\s+and\s+(?<item>" + ListName + @")\s*(?=[,.;)]|--|—|–|\s(?:that|which|for|to|with|in|on|respectively)\b|$)", RegexOptions.CultureInvariant)]
    private static partial Regex NameList();

    /// <summary>One listed name: up to eight capitalised (or joining) words, optionally with a bracketed short form.</summary>
    private const string ListName = @"[A-Z0-9][\w.+*-]*(?:\s+(?:[A-Z0-9][\w.+*-]*|of|for|and(?=\s+[A-Z][\w-]*\s+\())){0,7}(?:\s+\([A-Z0-9][\w.+-]*(?:\s[A-Z][\w-]*)?\))?";
}
