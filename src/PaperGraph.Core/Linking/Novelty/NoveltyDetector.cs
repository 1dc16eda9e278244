using System.Collections.Immutable;
using System.Text.RegularExpressions;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking.Abbreviations;
using PaperGraph.Core.Linking.Matching;

namespace PaperGraph.Core.Linking.Novelty;

/// <summary>
/// Finds the names a paper introduces: "we propose X", "we introduce X, a …", "we present X", "dubbed X",
/// "called X", "named X", and a title "X: …". A candidate must look like a name (a capital inside or a digit,
/// all capitals, or a capitalised word right after the cue) and not be a generic word.
/// </summary>
internal static partial class NoveltyDetector
{
    /// <param name="abstractDefinitions">The abstract's "long form (SF)" definitions when the caller has found them already.</param>
    public static IReadOnlyList<IntroducedName> Find(Paper paper, IReadOnlyList<AbbreviationDefinition>? abstractDefinitions = null)
    {
        // Names are read with LaTeX style commands taken out ("we propose \textbf{AvR}"); an abstract that had some has
        // its definitions found again in the text read.
        if (LatexMarkup.Plain(paper) is var plain && !ReferenceEquals(plain, paper))
        {
            paper = plain;
            abstractDefinitions = null;
        }

        var found = new List<IntroducedName>();
        if (TitleName(paper.Title) is { } titleName)
        {
            found.Add(titleName);
        }

        var cueWords = Scan.WordStarts(paper.Abstract);
        var definitions = abstractDefinitions;
        foreach (var match in CueMatches(paper.Abstract, cueWords))
        {
            var name = match.Groups["name"];
            var value = TrimName(name.Value);
            if (NameShape.IsName(value, strong: match.Groups["named"].Success || match.Groups["verb"].Success))
            {
                var kind = KindGuess.Stated(paper.Abstract, match.Index, name.Index + value.Length);
                found.Add(new IntroducedName(value, MentionField.Abstract, name.Index, kind ?? EntityKind.Method, match.Value.Trim()) { KindStated = kind is not null });
            }
            else if (value.Length > NameShape.LongestName && DefinedAt(paper.Abstract, name.Index, ref definitions) is { } definition)
            {
                // "we propose Multi-turn Grounding-based Policy Optimization (MGPO)": too long to be a name on its own
                // shape, but the paper gives it a short form that is one.
                found.Add(new IntroducedName(definition.Long, MentionField.Abstract, definition.LongStart, KindGuess.Of(paper.Abstract, match.Index, definition.LongEnd), match.Value.Trim())
                {
                    Alias = definition.Short,
                });
            }
        }

        // Abstract names found again under a name already found still tell the title name's kind.
        var again = new List<IntroducedName>();
        foreach (var name in CueSentenceNames.Find(paper.Abstract, cueWords))
        {
            // The same thing under its other form ("Ptr-Net" after "Pointer Net") is not a second introduction.
            (found.Any(f => SameName(f, name)) ? again : found).Add(name);
        }

        foreach (var definition in definitions ??= AbbreviationDetector.Find(paper.Abstract))
        {
            if (IsOwnCoinedDefinition(paper.Abstract, definition))
            {
                var name = new IntroducedName(definition.Long, MentionField.Abstract, definition.LongStart, KindGuess.Of(paper.Abstract, definition.LongStart, definition.ShortEnd), DefinitionCue)
                {
                    Alias = definition.Short,
                };
                (found.Any(f => SameName(f, name)) ? again : found).Add(name);
            }
        }

        for (var i = found.Count - 1; i >= 0; i--)
        {
            if (found[i].Field != MentionField.Abstract)
            {
                continue;
            }

            if (NameText.InUrl(paper.Abstract, found[i].Start, found[i].End))
            {
                found.RemoveAt(i); // "github.com/Org/NameNet": a path, not a name the sentence gives
            }
            else if (NameText.ShortFormOfFragment(paper.Abstract, found[i]) is { } whole)
            {
                found[i] = whole; // "Adaptive Safety through Knowledge (ASK)": the name is ASK, not "Adaptive Safety"
            }
        }

        if (found.Count == 0 || (found.Count == 1 && found[0].Field == MentionField.Abstract))
        {
            return found;
        }

        // A title name takes the kind the abstract gives it when the title's subtitle says none ("X: Resolving … via Y"),
        // and the kind an apposition in the abstract states ("we propose X, a framework", "the X (XX) framework") over
        // the model or method the subtitle says: a subtitle often says what X works on ("X: … for LLM Agents"). A
        // subtitle naming a dataset stands.
        var distinct = found.DistinctBy(n => TextFolding.Key(n.Name)).ToArray();
        var told = found.Where(n => n.Field == MentionField.Abstract).Concat(again).ToArray();
        return distinct.Select(n => n.Field == MentionField.Title && n.Kind != EntityKind.Dataset ? TitleKindFromAbstract(paper.Abstract, n, told) : n).ToArray();
    }

    private static IntroducedName TitleKindFromAbstract(string text, IntroducedName title, IReadOnlyList<IntroducedName> told)
    {
        var same = told.Where(o => SameName(o, title)).ToArray();
        if (same.Select(o => KindGuess.Said(text, o.End, o.End)).FirstOrDefault(k => k is { Apposed: true }) is { } apposed)
        {
            return title with { Kind = apposed.Kind, KindStated = true };
        }

        // Where no cue states it, the abstract may still use the name with its kind noun: "the Ultra-FineWeb dataset".
        var kind = same.FirstOrDefault(o => o.KindStated)?.Kind ?? KindGuess.Following(text, title.Name) ?? same.FirstOrDefault()?.Kind;
        return title.KindStated || kind is null ? title : title with { Kind = kind.Value };
    }

    /// <summary>The matches of <see cref="Cue"/> in <paramref name="text"/>, whose cue words start at <paramref name="wordStarts"/> (from <see cref="Scan"/>).</summary>
    internal static IEnumerable<Match> CueMatches(string text, IReadOnlyList<int> wordStarts) =>
        CueScan.Matches(text, wordStarts, CuePattern(), CueWords, EarliestStart, CueStarts);

    /// <summary>The earliest start of a <see cref="Cue"/> match holding the cue word at <paramref name="cue"/>.</summary>
    internal static int EarliestStart(string text, int cue)
    {
        var end = CueScan.SkipWhiteSpaceBack(text, cue);
        foreach (var adverb in Adverbs.Split('|'))
        {
            // "we also introduce X": the subject stands before the adverb.
            if (end >= adverb.Length && string.CompareOrdinal(text, end - adverb.Length, adverb, 0, adverb.Length) == 0
                && (end == adverb.Length || !char.IsLetterOrDigit(text[end - adverb.Length - 1])))
            {
                return CueScan.SkipWhiteSpaceBack(text, end - adverb.Length) - LongestSubject;
            }
        }

        return end - LongestSubject;
    }

    private static IntroducedName? TitleName(string title)
    {
        var colon = title.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var head = title[..colon].Trim();
        if (SurveySubtitle().IsMatch(title[(colon + 1)..]))
        {
            return null; // "YOLO26: A Comprehensive Architecture Overview", "Agentic AI: A Survey": the head is the topic
        }

        var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var single = words.Length == 1 && NameShape.IsName(head, strong: true);
        // Title case capitalises every part of a hyphenated word, so "Dual-Domain Representation Alignment" and
        // "Towards Human-Like Grading" have capitals inside words without being coined: a head of several words is a
        // name when a capital follows a letter ("ResNet", "RAG") or it has a digit and it is no statement ("Rethinking
        // RAG Evaluation"), or when the subtitle says it is a dataset ("Beyond Rating: A Benchmark for …").
        var multi = words.Length is >= 2 and <= 4 && !head.Contains(',', StringComparison.Ordinal) && !NameShape.IsDescriptive(head) && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]))
            && ((words.Any(NameShape.HasCoinedCapitalOrDigit) && !PhraseOpeners.Contains(words[0])) || KindGuess.DatasetCue().IsMatch(FirstWords(title[(colon + 1)..], 6)));
        if (!single && !multi)
        {
            return null;
        }

        var kind = KindGuess.Stated(title, 0, colon);
        return new IntroducedName(head, MentionField.Title, title.IndexOf(head, StringComparison.Ordinal), kind ?? EntityKind.Method, "title") { KindStated = kind is not null };
    }

    /// <summary>
    /// The paper's definition whose long form starts at <paramref name="start"/>, when its short form looks like a name
    /// and is no generic acronym and its long form is capitalised words with no descriptive shape; the paper's
    /// definitions are found once, on first use.
    /// </summary>
    private static AbbreviationDefinition? DefinedAt(string text, int start, ref IReadOnlyList<AbbreviationDefinition>? definitions)
    {
        definitions ??= AbbreviationDetector.Find(text);
        foreach (var definition in definitions)
        {
            if (definition.LongStart == start && NameShape.IsName(definition.Short, strong: false) && !NoveltyStopWords.ContainsOrSingular(definition.Short)
                && NameShape.IsLongName(definition.Long))
            {
                return definition;
            }
        }

        return null;
    }

    /// <summary>The cue of a name the paper only defines, with no cue word right before it; such names claim no builds-on link.</summary>
    internal const string DefinitionCue = "defined";

    /// <summary>
    /// Whether a definition coins one of the paper's own names without a cue word right before it: "PRLF introduces an
    /// Adaptive Modality Reliability Estimator (AMRE)", "we design a Cross-Scale Fusion Block (CSFB)", "the Progressive
    /// Interaction (ProgInteract) module". The long form must be a capitalised name, with a making verb right before it in
    /// its sentence (<see cref="OwnWork"/>) or a component noun after it, no metric, law or platform word just before
    /// it, and no "for"/"from" before it unless a component noun follows (<see cref="ContextPreposition"/>);
    /// GUIDELINES.md section 5 counts such named components as introduced. Whether the catalog knows the name, or other
    /// papers spell the same long form out, is asked later (<c>PaperLinker.IntroduceNames</c>).
    /// </summary>
    private static bool IsOwnCoinedDefinition(string text, AbbreviationDefinition definition)
    {
        if (definition.Short.Count(char.IsUpper) < 2 || !NameShape.IsName(definition.Short, strong: false)
            || NoveltyStopWords.ContainsOrSingular(definition.Short) || !NameShape.IsLongName(definition.Long)
            || TaskOrTheory().IsMatch(definition.Long) || MetricOrExternal().IsMatch(Before(text, definition.LongStart, 50)))
        {
            return false;
        }

        // A component noun after it makes it the paper's own; else a making verb before it must, and no "for"/"from".
        return ComponentNoun().IsMatch(text.AsSpan(definition.ShortEnd))
            || (!ContextPreposition().IsMatch(Before(text, definition.LongStart, 16)) && OwnWork().IsMatch(SentenceUpTo(text, definition.LongStart)));
    }

    /// <summary>The <paramref name="length"/> characters before <paramref name="at"/> (fewer at the start of the text).</summary>
    private static ReadOnlySpan<char> Before(string text, int at, int length) => text.AsSpan(Math.Max(0, at - length), Math.Min(at, length));

    /// <summary>The sentence holding <paramref name="at"/>, up to <paramref name="at"/>.</summary>
    private static string SentenceUpTo(string text, int at)
    {
        var start = at > 0 ? text.LastIndexOf(". ", at - 1, StringComparison.Ordinal) : -1;
        return text[(start < 0 ? 0 : start + 2)..at];
    }

    /// <summary>
    /// A long form that names a task or a theory ("Dialogue State Tracking (DST)", "Density Functional Theory (DFT)"):
    /// papers spell out the problem they work on and the theory they use as readily as their own components.
    /// </summary>
    [GeneratedRegex(@"\s(?:Tracking|Detection|Recognition|Segmentation|Estimation|Classification|Translation|Answering|Analysis|Prediction|Forecasting|Captioning|Summarization|Summarisation|Parsing|Understanding|Localization|Localisation|Retrieval|Synthesis|Completion|Matching|Navigation|Planning|Theory|Theorem|Problem|Task|Challenge)$", RegexOptions.CultureInvariant)]
    private static partial Regex TaskOrTheory();

    /// <summary>
    /// The paper making something: "we propose/design/…", "this paper presents", or a method that "introduces",
    /// "comprises", "integrates" it. Not "we evaluate on DeepResearch Bench (DRB)": a benchmark others made.
    /// </summary>
    [GeneratedRegex(@"(?:\b(?:[Ww]e|[Oo]ur|[Tt]his (?:paper|work|study|article|letter))\b[^.,;]{0,40}?\b(?:propos|introduc|present|design|develop|devis|build|built|construct|formulat|creat|contribut|curat|collect|releas)\w*|\b(?:[Ii]ntroduces|[Cc]omprises|[Cc]onsists of|[Ii]ncorporates|[Ii]ntegrates|[Ff]eatures|[Ee]mploys))[^.;]{0,60}$")]
    private static partial Regex OwnWork();

    /// <summary>A metric or score the paper defines ("a new evaluation metric, Evidence Coherence (EC)"): GUIDELINES.md leaves metrics out.</summary>
    [GeneratedRegex(@"\b(?:metrics?|scores?|scoring|measures?|indicators?|indices|index|criteria|criterion|quantity|law|act|standard|platform)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MetricOrExternal();

    /// <summary>
    /// A preposition right before the long form that says what the made thing is for or drawn from, not the thing: "a
    /// novel framework for Russian Roulette and Splitting (RRS)", "a dataset from the Open Academic Graph (OAG)". Judged
    /// on the corpus: "in", "of", "via", "based on" precede the paper's own components as often as others' work ("in the
    /// Alignment-free Dense Distillation (ADD) module"), so they stay; and a component noun after the short form still
    /// makes it the paper's own ("the foundation for the Multi-view Textual-Scene Interaction (Multi-TSI) module").
    /// </summary>
    [GeneratedRegex(@"\b(?:for|from|across|among|between|within|under|against)\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ContextPreposition();

    /// <summary>A component noun right after the short form's bracket: "the Progressive Interaction (ProgInteract) module".</summary>
    [GeneratedRegex(@"^\)?\s*(?:module|block|layer|unit|network|branch|head|loss|mechanism|strategy|component|encoder|decoder|adapter|framework|pipeline)s?\b")]
    private static partial Regex ComponentNoun();

    private static string TrimName(string name)
    {
        var stop = name.IndexOfAny(['.', ',', ';', ':'], 1);
        while (stop > 0 && stop + 1 < name.Length && char.IsLetterOrDigit(name[stop + 1]))
        {
            stop = name.IndexOfAny(['.', ',', ';', ':'], stop + 1); // "Llama-3.1" keeps its dot
        }

        return (stop > 0 ? name[..stop] : name).TrimEnd('.', ',', ';', ':', '"', '\'', '\u201D');
    }

    private static bool SameName(IntroducedName a, IntroducedName b)
    {
        string?[] keys = [TextFolding.Key(a.Name), a.Alias is null ? null : TextFolding.Key(a.Alias)];
        return keys.Contains(TextFolding.Key(b.Name)) || (b.Alias is not null && keys.Contains(TextFolding.Key(b.Alias)));
    }

    /// <summary>First words of a title head that make it a statement or a question, not a name: "Towards Robust X: …".</summary>
    private static readonly HashSet<string> PhraseOpeners = new(StringComparer.Ordinal)
    {
        "Towards", "Toward", "Rethinking", "Revisiting", "Understanding", "Beyond", "When", "Why", "How", "What", "Does", "Do", "Can", "Is", "Are",
    };

    /// <summary>
    /// A subtitle saying the paper surveys its head: "A Survey", "A Comprehensive Architecture Overview and Key
    /// Improvements", "A Review of …" (an article, at most four words that are no preposition, then the noun), not "A
    /// Benchmark Dataset for Multimodal Review Helpfulness", nor "A Short Survey, Empirical Analysis, and Open-Source
    /// Dual-System VLA Model" (a survey among other contributions).
    /// </summary>
    [GeneratedRegex(@"^\s*(?:An?|The)\s+(?:(?!(?:for|of|on|in|to|with|via|from|by|and)\b)[\w-]+\s+){0,4}(?:Survey|Review|Overview|Tutorial|Primer|Retrospective)s?(?:\s+(?:of|on|for|and|with)\b|\s*[:(]|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex SurveySubtitle();

    private static string FirstWords(string text, int count) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(count));

    // "we propose KeyFace, a ..." / "we also introduce X" / "we introduce a new benchmark, called LongBench" / "dubbed X". The
    // pattern is built from the word lists below, and CueScan's words and limits are derived from the same lists.
    internal const string Subjects = "We|we|This paper|This work|this paper|this work";
    internal const string Verbs = "propose|introduce|present|release|develop|design|build|construct|contribute|open-source";
    // "we also introduce AgentFL-Bench", "we further propose X": one adverb between subject and verb.
    internal const string Adverbs = "also|further|additionally|then|first|next|finally";
    // Not "namely": "on two benchmarks, namely NTU RGB+D 60 and Toyota-Smarthome" lists what a paper uses.
    internal const string Namers = "called|named|dubbed|termed|coined";

    /// <summary>The cue pattern, unanchored: what <see cref="CueScan"/> must find the same matches of.</summary>
    internal const string Cue = """(?:\b(?:""" + Subjects + """)\s+(?:(?:""" + Adverbs + """)\s+)?(?:(?<verb>""" + Verbs + """)s?d?\s+)|(?<named>\b(?:""" + Namers + """)\s+))["“']?(?<name>[A-Z0-9][\w.+^-]*(?:\s+(?:[A-Z0-9][\w.+-]*)){0,3})""";

    /// <summary>Every cue word a <see cref="Cue"/> match holds, after white space or \b: its verb or its naming word.</summary>
    internal static readonly ImmutableArray<string> CueWords = [.. Verbs.Split('|'), .. Namers.Split('|')];

    /// <summary>Every <see cref="Cue"/> match starts with one of these: its subject's first word or, with no subject, its naming word.</summary>
    internal static readonly ImmutableArray<string> CueStarts = [.. Subjects.Split('|').Select(s => s.Split(' ')[0]).Distinct(), .. Namers.Split('|')];

    /// <summary>The longest subject ("This paper"): a match starts at most this far before the white space ahead of its verb.</summary>
    internal static readonly int LongestSubject = Subjects.Split('|').Max(s => s.Length);

    /// <summary>One search for the cue words of both detectors, which share each abstract's word starts.</summary>
    internal static readonly CueScan Scan = new([.. CueWords, .. CueSentenceNames.CueWords]);

    /// <summary><see cref="Cue"/> tried at one position only (<c>\G</c>): <see cref="CueScan"/> picks the positions.</summary>
    [GeneratedRegex(@"\G(?:" + Cue + ")", RegexOptions.CultureInvariant)]
    private static partial Regex CuePattern();
}
