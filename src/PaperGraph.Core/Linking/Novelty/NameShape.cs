using System.Text.RegularExpressions;

namespace PaperGraph.Core.Linking.Novelty;

/// <summary>Whether a candidate after a cue looks like a proper name ("KeyFace", "GAM", "Llama-3") rather than a phrase.</summary>
internal static partial class NameShape
{
    /// <summary>The longest candidate <see cref="IsName"/> takes on its shape alone.</summary>
    public const int LongestName = 40;

    /// <summary>Whether a candidate looks like a proper name rather than a phrase; <paramref name="strong"/> admits plain capitalised words.</summary>
    public static bool IsName(string candidate, bool strong)
    {
        // A name has a letter: "we propose 3.1" is a version number cut from its name, not a name.
        if (candidate.Length < 2 || candidate.Length > LongestName || !char.IsLetterOrDigit(candidate[0]) || !candidate.Any(char.IsLetter)
            || NoveltyStopWords.Contains(candidate)
            || DescriptiveSuffix().IsMatch(candidate)
            || IsDescriptive(candidate))
        {
            return false;
        }

        var words = candidate.Split(' ');
        if (words.Length > 4 || words.Any(w => w.Length == 0 || !(char.IsUpper(w[0]) || char.IsDigit(w[0]))))
        {
            return false;
        }

        return words.Any(HasInnerCapitalOrDigit) || (strong && char.IsUpper(candidate[0]) && !NoveltyStopWords.Contains(words[0]));
    }

    /// <summary>
    /// Whether a long form given with a short form is a capitalised name of up to eight words (small joining words
    /// allowed) rather than a class or a descriptive phrase: "Multi-turn Grounding-based Policy Optimization".
    /// </summary>
    public static bool IsLongName(string longForm)
    {
        var words = longForm.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 8 && char.IsUpper(longForm[0]) && !NoveltyStopWords.Contains(longForm)
            && !DescriptiveSuffix().IsMatch(longForm) && !IsDescriptive(longForm)
            && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || w is "and" or "of" or "for" or "with" or "via" or "in" or "on" or "the" or "to" or "-");
    }

    /// <summary>Whether a word ends in a suffix that makes it a modifier ("LLM-based", "GPT-generated").</summary>
    public static bool HasDescriptiveSuffix(ReadOnlySpan<char> word) => DescriptiveSuffix().IsMatch(word);

    /// <summary>The span form of <see cref="IsDescriptive(string)"/>, for callers that ask it of many words.</summary>
    public static bool IsDescriptive(ReadOnlySpan<char> candidate) =>
        Size().IsMatch(candidate) || ClassOrTeam().IsMatch(candidate) || Metric().IsMatch(candidate)
        || (HyphenatedPhrase().IsMatch(candidate) && !HasDigit(candidate));

    private static bool HasDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasInnerCapitalOrDigit(string word) => HasInnerCapitalOrDigit(word.AsSpan());

    public static bool HasInnerCapitalOrDigit(ReadOnlySpan<char> word) => InnerCapitalOrDigit(word, capitalAfterLetterOnly: false);

    /// <summary>
    /// <see cref="HasInnerCapitalOrDigit(string)"/> for a word in a title: a capital counts only right after a letter
    /// ("ResNet", "RAG"), since title case capitalises every part of a hyphenated word ("Dual-Domain").
    /// </summary>
    public static bool HasCoinedCapitalOrDigit(string word) => InnerCapitalOrDigit(word, capitalAfterLetterOnly: true);

    /// <inheritdoc cref="HasCoinedCapitalOrDigit(string)"/>
    public static bool HasCoinedCapitalOrDigit(ReadOnlySpan<char> word) => InnerCapitalOrDigit(word, capitalAfterLetterOnly: true);

    private static bool InnerCapitalOrDigit(ReadOnlySpan<char> word, bool capitalAfterLetterOnly)
    {
        // One pass with an early exit: cue sentences ask this of every word.
        bool lower = false, letter = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (i > 0 && (char.IsDigit(c) || (char.IsUpper(c) && (!capitalAfterLetterOnly || char.IsLetter(word[i - 1])))))
            {
                return true;
            }

            lower |= char.IsLower(c);
            letter |= char.IsLetter(c);
        }

        return word.Length >= 2 && !lower && letter;
    }

    /// <summary>
    /// Whether a capitalised candidate is a phrase rather than a name: a size ("3B-parameter", "70B"), a class
    /// ("Vision-Language-Action Models"), a team ("XInsight Lab"), a metric ("Turn Stability Score") or a hyphenated phrase of plain words
    /// ("Perceive-then-Plan", "Chain-of-Thought").
    /// </summary>
    public static bool IsDescriptive(string candidate) => IsDescriptive(candidate.AsSpan());

    [GeneratedRegex(@"-(?:based|like|style|aware|driven|guided|free|enhanced|powered|specific|only|hard|complete|level|scale|wise|agnostic|invariant|oriented|centric|dependent|independent|parameters?|shot|dimensional|bit|grained|tuned|trained|augmented|informed|conditioned|sized|generated|aided|assisted|produced|synthesized|annotated|labeled|labelled|empowered|supervised|inspired|induced|written)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DescriptiveSuffix();

    [GeneratedRegex(@"^\d+(?:\.\d+)?\s?[KMBT](?:$|[-\s])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Size();

    [GeneratedRegex(@"\s\S*(?:Models|Networks|Agents|Systems|Methods|Algorithms|Architectures|Frameworks|Approaches|Techniques|Tasks|Policies|Learners|Transformers|Lab|Labs|Team|Group|Laboratory|Institute|University)$", RegexOptions.CultureInvariant)]
    private static partial Regex ClassOrTeam();

    /// <summary>A metric's name ("Maximum Matching Accuracy", "Turn Stability Score"): GUIDELINES.md section 5 leaves metrics out.</summary>
    [GeneratedRegex(@"\s(?:Accuracy|Score|Index|Rate|Metric|Error)$", RegexOptions.CultureInvariant)]
    private static partial Regex Metric();

    [GeneratedRegex(@"^[A-Z][a-z]+(?:-[a-z]+)*-(?:then|and|or|to|of|in|on|for|as|by|with|from|the|a|an|over|via)-[A-Za-z][a-z]+(?:-[a-z]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex HyphenatedPhrase();
}
