using System.Text.RegularExpressions;
using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Linking.Novelty;

/// <summary>
/// Introduced names that do not follow their cue verb directly, which is how most abstracts phrase it:
/// "we propose the Gated Associative Memory (GAM) network", "propose a simple yet effective model Lite-LLM4Rec",
/// "we introduce a transformer with discrete bottlenecks, TDB, whose …", "a novel mechanism, Synaptic Resonance,
/// is introduced". Only the first candidate after a cue, inside the cue's sentence, counts, and it must be a
/// coined name: a word with an inner capital or digit, a parenthesised short form tied to the words before it or
/// to a naming noun, or an appositive between commas. A bare acronym in passing ("… for electrocardiogram (ECG)
/// classification") is not one.
/// </summary>
internal static partial class CueSentenceNames
{
    private const int Window = 220; // characters after the cue; abstracts name the thing within a clause or two

    public static IEnumerable<IntroducedName> Find(string text) => Find(text, Scan.WordStarts(text));

    /// <summary><see cref="Find(string)"/> with the text's cue words already found (<see cref="CueScan.WordStarts"/> over at least <see cref="CueWords"/>).</summary>
    public static IEnumerable<IntroducedName> Find(string text, IReadOnlyList<int> cueWords)
    {
        foreach (var cue in CueMatches(text, cueWords))
        {
            var end = SentenceEnd(text, cue.Index + cue.Length);
            // Only a verb's object lists what the paper makes: after "the proposed method was evaluated on two
            // datasets:" the list is what it uses.
            var ownerCue = cue.Value.EndsWith("proposed", StringComparison.Ordinal);
            var listed = ownerCue ? [] : ListedNames(text, cue.Index + cue.Length, end, cue.Value.Trim());
            foreach (var name in listed)
            {
                yield return name;
            }

            if (listed.Count > 0)
            {
                continue;
            }

            // Right after the cue, as "we propose X" has it, which NoveltyDetector's own cue reads for its subjects.
            if (!CoveredByNoveltyCue(cue.Value) && NameRightAfter(text, cue.Index + cue.Length, end, verbCue: !ownerCue) is { } direct)
            {
                yield return direct with { Cue = cue.Value.Trim() };
                continue;
            }

            // "create" and "construct" say what they make only when the name follows them or they list several: the
            // sentence further on names what the data holds ("we construct X, a dataset with … Digital Surface Model (DSM)").
            if (ListOnlyVerb().IsMatch(cue.Value))
            {
                continue;
            }

            if (FirstName(text, cue.Index + cue.Length, end) is { } first)
            {
                yield return first with { Cue = cue.Value.Trim() };
            }
        }

        foreach (var passive in PassiveMatches(text, cueWords))
        {
            var name = passive.Groups["name"];
            if (NameShape.IsName(name.Value, strong: true))
            {
                yield return new IntroducedName(name.Value, MentionField.Abstract, name.Index, KindGuess.Of(text, passive.Index, name.Index + name.Length), passive.Value.Trim());
            }
        }
    }

    private static int SentenceEnd(string text, int from)
    {
        var limit = Math.Min(text.Length, from + Window);
        var stop = text.IndexOf(". ", from, limit - from, StringComparison.Ordinal);
        return stop < 0 ? limit : stop;
    }

    /// <summary>The first coined name between <paramref name="from"/> and <paramref name="to"/>, with its long form when the text gives one.</summary>
    /// <summary>
    /// A coined name right after the cue: "… and present EOT-DETECT, a structured prompting framework", "our proposed
    /// PairGRPO", "… introduce TraceNet-1.5 for replay"; not the first word of a longer name ("we propose Cross-Stain
    /// Contrastive Learning (CSCL)"), a metric ("propose ARX, a new composite metric"), an acronym the text spells out as
    /// a lower-case phrase (a task), or, after a verb, a class ("construct LDPC codes").
    /// </summary>
    private static IntroducedName? NameRightAfter(string text, int from, int to, bool verbCue)
    {
        if (!NextToken(text, from, to, out var before, out var start, out var end) || before != " " || start != from + 1)
        {
            return null;
        }

        while (end + 1 < to && text[end] == '.' && char.IsAsciiDigit(text[end + 1]))
        {
            // A version's dot belongs to the name.
            end += 2;
            while (end < to && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '-'))
            {
                end++;
            }
        }

        var word = text[start..end];
        var after = text.AsSpan(end);
        if (word.Length < 2 || !NameShape.HasInnerCapitalOrDigit(word) || !NameShape.IsName(word, strong: false) || NoveltyStopWords.ContainsOrSingular(word)
            || !EndsTheName(after) || MetricApposition().IsMatch(after) || DefinedAsPhrase(text, word) || (verbCue && PluralNounNext(after)))
        {
            return null;
        }

        return new IntroducedName(word, MentionField.Abstract, start, KindGuess.Of(text, from, end), string.Empty);
    }

    /// <summary>Whether a plural noun follows: "construct LDPC codes" names a class of things, not one.</summary>
    private static bool PluralNounNext(ReadOnlySpan<char> after) =>
        NextWord(after) is { Length: >= 4 } next && next.All(char.IsAsciiLetterLower) && next[^1] == 's' && next[^2] != 's';

    private static IntroducedName? FirstName(string text, int from, int to)
    {
        for (var at = from; NextToken(text, at, to, out var before, out var start, out at);)
        {
            var trimmed = text.AsSpan(start, at - start).TrimEnd(".,;:");
            var after = text.AsSpan(start + trimmed.Length);
            var parenthesised = before == "(" && after.StartsWith(")");

            // Most words have no inner capital or digit, which IsName requires: skip them without a string.
            var word = NameShape.HasInnerCapitalOrDigit(trimmed) ? trimmed.ToString() : string.Empty;
            if (word.Length < 2 || !NameShape.IsName(word, strong: false) || NoveltyStopWords.ContainsOrSingular(word))
            {
                if (parenthesised)
                {
                    return null; // "… a question-answering (QA) model": see below
                }

                continue;
            }

            // Guessed only for the name returned: the guess reads the sentence with two regexes.
            EntityKind Kind() => KindGuess.Of(text, from, Math.Min(text.Length, start + word.Length));

            if (parenthesised)
            {
                if (word.Length > 2 && word[^1] == 's' && char.IsUpper(word[^2]))
                {
                    return null; // "diffusion models (DMs)": a plural acronym names a class, not one new thing
                }

                // "we propose the Gated Associative Memory (GAM)": capitalised words right before the parenthesis are
                // its long form, when they are what the cue proposes (only fillers between) or a naming noun follows.
                // Further on, "… for Post-Traumatic Stress Disorder (PTSD)" names what the work is about instead.
                if (LongForm(text, start - 1) is { } longForm && (OnlyFillers(text, from, longForm.Start) || NamingNoun().IsMatch(NextWord(after[1..]))))
                {
                    return new IntroducedName(longForm.Text, MentionField.Abstract, longForm.Start, Kind(), string.Empty) { Alias = word };
                }

                // The first definition after a cue is what the sentence is about; if it is no coined name, the
                // names further on are things the new work uses ("… a QA model, using SQuAD").
                return HasLowerCase(word) || NamingNoun().IsMatch(LastWord(text, start - 1)) || NamingNoun().IsMatch(NextWord(after[1..]))
                    ? new IntroducedName(word, MentionField.Abstract, start, Kind(), string.Empty)
                    : null;
            }

            // "a transformer with discrete bottlenecks, TDB, whose …", but not a list ("on ImageNet, CIFAR, and COCO").
            var appositive = before == ", " && (after.StartsWith(",") || after.StartsWith(" (")) && !after.StartsWith(", and ") && !after.StartsWith(", or ")
                && !PreviousIsName(text, start - 2);
            if (appositive || (before == " " && NamingNoun().IsMatch(LastWord(text, start - 1)) && (HasLowerCase(word) || word.Any(char.IsDigit))))
            {
                return new IntroducedName(word, MentionField.Abstract, start, Kind(), string.Empty);
            }
        }

        return null;
    }

    /// <summary>Two to four capitalised words ending right before the parenthesis at <paramref name="open"/>.</summary>
    private static (string Text, int Start)? LongForm(string text, int open)
    {
        var end = open;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        var words = 0;
        while (words < 4 && start > 0)
        {
            var wordEnd = start;
            var wordStart = wordEnd;
            while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '-'))
            {
                wordStart--;
            }

            if (wordStart == wordEnd || !char.IsUpper(text[wordStart]))
            {
                break;
            }

            start = wordStart;
            words++;
            if (start == 0 || text[start - 1] != ' ')
            {
                break;
            }

            start--;
            if (start > 0 && !char.IsLetterOrDigit(text[start - 1]))
            {
                start++;
                break;
            }
        }

        while (start < end && text[start] == ' ')
        {
            start++;
        }

        var candidate = text[start..end];
        return words >= 2 && NameShape.IsName(candidate, strong: true) ? (candidate, start) : null;
    }

    private static string LastWord(string text, int end)
    {
        var stop = end;
        while (stop > 0 && text[stop - 1] == ' ')
        {
            stop--;
        }

        var start = stop;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text[start..stop];
    }

    private static string NextWord(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart();
        var length = 0;
        while (length < rest.Length && char.IsLetter(rest[length]))
        {
            length++;
        }

        return rest[..length].ToString();
    }

    /// <summary>Whether at most four lower-case words ("a novel two-stage") stand between the cue and the name.</summary>
    private static bool OnlyFillers(string text, int from, int to)
    {
        var words = text[from..to].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 4 && words.All(w => w.All(c => char.IsLower(c) || c == '-'));
    }

    /// <summary>Whether the word before a comma is capitalised, i.e. the comma separates names in a list.</summary>
    private static bool PreviousIsName(string text, int comma) => LastWord(text, comma) is [var initial, ..] && char.IsUpper(initial);

    private static bool HasLowerCase(string word) => word.Any(char.IsLower);

    /// <summary>
    /// Whether the text spells an acronym out as a lower-case phrase, a concept rather than a coined name: "Salient object
    /// detection (SOD)" makes "the proposed SOD framework" a framework for the task.
    /// </summary>
    private static bool DefinedAsPhrase(string text, string acronym)
    {
        var at = text.IndexOf("(" + acronym + ")", StringComparison.Ordinal);
        return at > 0 && LastWord(text, at) is [var initial, ..] && char.IsLower(initial);
    }

    /// <summary>"create" or "construct": cues for a name right after them or a list, not for a name further on.</summary>
    [GeneratedRegex(@"\b(?:create|construct)[sd]?$", RegexOptions.CultureInvariant)]
    private static partial Regex ListOnlyVerb();

    /// <summary>An apposition saying the name is a metric: "propose ARCC, a new composite metric"; GUIDELINES.md leaves metrics out.</summary>
    [GeneratedRegex(@"^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:metric|score|measure|criterion|index|indicator)s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex MetricApposition();

    /// <summary>
    /// Whether <see cref="NoveltyDetector"/>'s own cue reads the name right after this one ("we propose X"): then the
    /// first name here is one further on, a part the sentence names ("…, a framework with a Differentiable Viterbi Layer (DVL)").
    /// </summary>
    private static bool CoveredByNoveltyCue(string cue) =>
        NoveltyCueSubjects.Any(subject => cue.StartsWith(subject, StringComparison.Ordinal));

    /// <summary><see cref="NoveltyDetector.Subjects"/>, each with the space after it, split once rather than per cue.</summary>
    private static readonly string[] NoveltyCueSubjects = [.. NoveltyDetector.Subjects.Split('|').Select(subject => subject + " ")];

    /// <summary>Whether a name ends where <paramref name="after"/> starts: punctuation, or a lower-case word next.</summary>
    private static bool EndsTheName(ReadOnlySpan<char> after) =>
        after.IsEmpty || (after[0] is ',' or '.' or ':' or ';' && (after.Length == 1 || !char.IsLetterOrDigit(after[1]))) // not "Pixels2Play-0.1"
        || (after.Length > 1 && after[0] == ' ' && char.IsLower(after[1]));

    [GeneratedRegex(@"^(?:model|models|framework|method|network|architecture|algorithm|approach|system|module|mechanism|dataset|benchmark|pipeline|technique|strategy|agent|toolkit|library|suite|corpus|layer|loss|paradigm|scheme|transformer)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamingNoun();
}
