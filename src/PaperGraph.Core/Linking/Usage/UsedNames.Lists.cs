using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Linking.Usage;

internal static partial class UsedNames
{
    private enum WordRole
    {
        Other,
        Known,
        Name,
        Conjunction,
    }

    /// <summary>
    /// A word of a field: a name-shaped word, a linked mention (which may span several words), "and"/"or", or anything
    /// else. <see cref="Comma"/>: a comma follows it; <see cref="Closes"/>: other punctuation ends the list there
    /// ("." ";" ":" ")"); <see cref="Opens"/>: "(" or a quote starts it.
    /// </summary>
    private readonly record struct Word(int Start, int End, WordRole Role, EntityKind Kind, bool Comma, bool Closes, bool Opens);

    /// <summary>Splits a field into words, taking each linked mention as one word; the caller disposes of the buffer.</summary>
    private static WordBuffer Words(string text, IReadOnlyList<ResolvedMention> chosen)
    {
        var words = new WordBuffer(text.Length / 5);
        var next = 0; // the first chosen mention not yet passed
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                break;
            }

            var end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            var start = i;
            while (start < end && IsOpening(text[start]))
            {
                start++;
            }

            while (next < chosen.Count && chosen[next].End <= start)
            {
                next++;
            }

            var role = WordRole.Other;
            var holdsMention = false;
            var kind = EntityKind.Method;
            var core = end;
            if (next < chosen.Count && chosen[next].Start == start)
            {
                // A mention "Swin Transformer" runs over the space: the word is the mention and what closes it.
                role = WordRole.Known;
                kind = chosen[next].Entry.Entity.Kind;
                core = chosen[next].End;
                end = Math.Max(end, core);
                while (end < text.Length && !char.IsWhiteSpace(text[end]))
                {
                    end++;
                }
            }
            else if (next < chosen.Count && chosen[next].Start < end)
            {
                holdsMention = true; // a mention inside the word: "non-Transformer"
            }

            var tail = core;
            if (role != WordRole.Known)
            {
                (_, core) = Core(text, start, end);
                tail = core;
            }

            var trailing = text.AsSpan(tail, end - tail);
            if (role == WordRole.Known && !OnlyClosing(trailing))
            {
                role = WordRole.Other; // "BERT-style": the mention does not stand as the word
            }
            else if (role == WordRole.Other && !holdsMention)
            {
                var span = text.AsSpan(start, core - start);
                role = span is "and" or "or" or "&" ? WordRole.Conjunction
                    : UsedNameShape.MayBeName(span) && !span.Contains("://", StringComparison.Ordinal) ? WordRole.Name
                    : WordRole.Other;
            }

            var comma = trailing.Contains(',') && !trailing.Contains(';');
            var closes = trailing.ContainsAny(ListEnds);
            words.Add(new Word(start, core, role, kind, comma, closes, start > i));
            i = end;
        }

        return words;
    }

    /// <summary>
    /// The words of one field in an array rented from the shared pool: every field of every paper is split, and a list
    /// grown word by word was most of the linker's garbage.
    /// </summary>
    private sealed class WordBuffer(int capacity) : IDisposable
    {
        private Word[] _items = System.Buffers.ArrayPool<Word>.Shared.Rent(Math.Max(16, capacity));

        public int Count { get; private set; }

        public Word this[int index] => _items[index];

        public bool HasName { get; private set; }

        public void Add(Word word)
        {
            if (Count == _items.Length)
            {
                var larger = System.Buffers.ArrayPool<Word>.Shared.Rent(_items.Length * 2);
                _items.AsSpan(0, Count).CopyTo(larger);
                System.Buffers.ArrayPool<Word>.Shared.Return(_items);
                _items = larger;
            }

            _items[Count++] = word;
            HasName |= word.Role == WordRole.Name;
        }

        public void Dispose()
        {
            System.Buffers.ArrayPool<Word>.Shared.Return(_items);
            _items = [];
            Count = 0;
        }
    }

    /// <summary>Punctuation after a word that ends a list there (a comma continues it).</summary>
    private static readonly System.Buffers.SearchValues<char> ListEnds = System.Buffers.SearchValues.Create(".;:)]!?");

    /// <summary>A word's span without the brackets and quotes before it, the punctuation after it and a possessive.</summary>
    private static (int Start, int End) Core(string text, int start, int end)
    {
        while (start < end && IsOpening(text[start]))
        {
            start++;
        }

        while (end > start && IsClosing(text[end - 1]))
        {
            end--;
        }

        if (end - start > 2 && text[end - 1] == 's' && text[end - 2] is '\'' or '’')
        {
            end -= 2; // possessive outside the span
        }

        return (start, end);
    }

    private static bool IsOpening(char c) => c is '(' or '[' or '"' or '\'' or '“' or '‘';

    private static bool IsClosing(char c) => c is ',' or ';' or ':' or '.' or ')' or ']' or '"' or '\'' or '”' or '’' or '!' or '?';

    private static bool OnlyClosing(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!IsClosing(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Adds the name-shaped words of each list whose context gives a kind: a kind noun right after the list ("on
    /// RICE and SateHaze1K datasets", "the SIMS dataset"), a plural kind noun and "such as"/"including" before it
    /// ("benchmarks such as Q-Bench and AesBench"), or linked entities of one kind in it ("GSM8K, M-GSM and MATH").
    /// </summary>
    private static void AddListed(string text, WordBuffer words, Dictionary<string, EntityKind> found, List<string> order)
    {
        var i = 0;
        while (i < words.Count)
        {
            if (words[i].Role is not (WordRole.Name or WordRole.Known) || (i > 0 && Continues(words, i - 1, out _)))
            {
                i++;
                continue;
            }

            var last = i;
            while (Continues(words, last, out var nextItem))
            {
                last = nextItem;
            }

            var named = false;
            for (var w = i; w <= last && !named; w++)
            {
                named = words[w].Role == WordRole.Name;
            }

            if (!named)
            {
                i = last + 1; // linked entities only: nothing to add, whatever the context says
                continue;
            }

            // One name before "models" or "methods" is as often a class ("the ReTA models") as a name; before
            // "dataset" or "baseline" it is a name.
            var kind = KindAfter(text, words, last) is { } after && (last > i || after == EntityKind.Dataset || IsBaseline(text, words, last))
                ? after
                : KindBefore(text, words, i) ?? KnownKind(words, i, last) ?? ComparedWith(text, words, i) ?? EvaluatedOn(text, words, i, last);
            if (kind is { } k)
            {
                for (var w = i; w <= last; w++)
                {
                    // A list is split on the cheap test (UsedNameShape.MayBeName); only its items are asked the
                    // whole question.
                    if (words[w].Role == WordRole.Name && UsedNameShape.IsName(text.AsSpan(words[w].Start, words[w].End - words[w].Start)))
                    {
                        var surface = text[words[w].Start..words[w].End];
                        if (found.TryAdd(surface, k))
                        {
                            order.Add(surface);
                        }
                    }
                }
            }

            i = last + 1;
        }
    }

    /// <summary>
    /// Adds the names that say they are benchmarks (<see cref="UsedNameShape.NamesBenchmark"/>) wherever they stand: "in
    /// Q-Bench and AesBench", "HotpotQA" alone. A list that gave a name a kind keeps it, as it came first. A known
    /// benchmark with a suffix ("LiveCodeBench-v6") is a variant of it, not a benchmark of its own, and "the AraGenEval
    /// Shared Task" a competition.
    /// </summary>
    private static void AddSelfNamed(string text, WordBuffer words, EntityCatalog catalog, Dictionary<string, EntityKind> found, List<string> order)
    {
        for (var w = 0; w < words.Count; w++)
        {
            if (words[w].Role != WordRole.Name)
            {
                continue;
            }

            var span = text.AsSpan(words[w].Start, words[w].End - words[w].Start);
            if (UsedNameShape.NamesBenchmark(span) && UsedNameShape.IsName(span)
                && !(span.LastIndexOf('-') is > 0 and var hyphen && catalog.FindByAlias(span[..hyphen].ToString()).Count > 0)
                && !(w + 1 < words.Count && TextOf(text, words[w + 1]) is "shared" or "Shared"))
            {
                var surface = span.ToString();
                if (found.TryAdd(surface, EntityKind.Dataset))
                {
                    order.Add(surface);
                }
            }
        }
    }

    /// <summary>Whether the list goes on after item <paramref name="item"/>: ", Y", " and Y", ", and Y", " or Y".</summary>
    private static bool Continues(WordBuffer words, int item, out int nextItem)
    {
        nextItem = -1;
        if (words[item].Role is not (WordRole.Name or WordRole.Known) || words[item].Closes)
        {
            return false;
        }

        var j = item + 1;
        var joined = words[item].Comma;
        if (j < words.Count && words[j].Role == WordRole.Conjunction && !words[j].Comma && !words[j].Closes && !words[j].Opens)
        {
            joined = true;
            j++;
        }

        if (!joined || j >= words.Count || words[j].Role is not (WordRole.Name or WordRole.Known) || words[j].Opens)
        {
            return false;
        }

        nextItem = j;
        return true;
    }

    /// <summary>The kind a noun right after the list names: "… datasets", "… benchmark", "… models".</summary>
    private static EntityKind? KindAfter(string text, WordBuffer words, int last)
    {
        if (words[last].Closes || words[last].Comma || last + 1 >= words.Count || words[last + 1].Opens)
        {
            return null;
        }

        return KindNoun(text.AsSpan(words[last + 1].Start, words[last + 1].End - words[last + 1].Start), pluralOnly: false);
    }

    /// <summary>The kind of a plural noun before "such as", "including", "like", "e.g." right before the list.</summary>
    private static EntityKind? KindBefore(string text, WordBuffer words, int first)
    {
        var j = first - 1;
        if (j >= 1 && TextOf(text, words[j]) is "as" && TextOf(text, words[j - 1]) is "such")
        {
            j -= 2;
        }
        else if (j >= 0 && TextOf(text, words[j]) is "including" or "like" or "namely" or "e.g" or "e.g.," or "i.e")
        {
            j -= 1;
        }
        else
        {
            return null;
        }

        return j >= 0 && !words[j].Closes ? KindNoun(text.AsSpan(words[j].Start, words[j].End - words[j].Start), pluralOnly: true) : null;
    }

    /// <summary>
    /// A baseline the paper compares with: "outperforms SAMSEG", "compared with FooNet and BarNet", "gains over
    /// QuuxPO". Not "against", which as often precedes an attack's target ("against AWS's API"). Typed a method; the kind is the guidelines' tie-breaker's least wrong guess for an unknown baseline.
    /// </summary>
    private static EntityKind? ComparedWith(string text, WordBuffer words, int first)
    {
        if (first == 0 || words[first - 1].Closes || words[first - 1].Comma)
        {
            return null;
        }

        var before = TextOf(text, words[first - 1]).ToLowerInvariant();
        if (before is "outperforms" or "outperform" or "outperforming" or "outperformed" or "surpasses" or "surpassing" or "surpassed" or "over" or "versus" or "vs")
        {
            return EntityKind.Method;
        }

        return before is "to" or "with" && first >= 2 && TextOf(text, words[first - 2]).ToLowerInvariant() is "compared" or "comparison" ? EntityKind.Method : null;
    }

    /// <summary>
    /// Two or more coined names and nothing else listed after "on" or "across": what results are reported on ("on
    /// MVTec-AD and VisA"), typed a dataset. Not "in", which as often lists metrics ("gains in MOTA and IDF1", judged
    /// on the corpus).
    /// </summary>
    private static EntityKind? EvaluatedOn(string text, WordBuffer words, int first, int last)
    {
        if (last == first || first == 0 || words[first - 1].Closes || words[first - 1].Comma)
        {
            return null;
        }

        for (var w = first; w <= last; w++)
        {
            if (words[w].Role == WordRole.Known)
            {
                return null; // linked items give the list its kind, or disagree
            }
        }

        if (TextOf(text, words[first - 1]).ToLowerInvariant() is not ("on" or "across"))
        {
            return null;
        }

        // "On Qwen-3-32B and Bloom-7.1B": a parameter count says these are models.
        for (var w = first; w <= last; w++)
        {
            if (ParameterCount().IsMatch(TextOf(text, words[w])))
            {
                return EntityKind.Model;
            }
        }

        return EntityKind.Dataset;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"-\d+(?:\.\d+)?[BM]$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ParameterCount();

    private static bool IsBaseline(string text, WordBuffer words, int last) =>
        last + 1 < words.Count && TextOf(text, words[last + 1]).StartsWith("baseline", StringComparison.OrdinalIgnoreCase);

    private static string TextOf(string text, Word word) => text[word.Start..word.End];

    /// <summary>The one kind of the linked entities in the list, when it holds two items or more and they agree.</summary>
    private static EntityKind? KnownKind(WordBuffer words, int first, int last)
    {
        if (last == first)
        {
            return null;
        }

        EntityKind? kind = null;
        for (var w = first; w <= last; w++)
        {
            if (words[w].Role != WordRole.Known || words[w].Kind == EntityKind.Task)
            {
                continue;
            }

            if (kind is { } seen && seen != words[w].Kind)
            {
                return null;
            }

            kind = words[w].Kind;
        }

        return kind;
    }

    private static EntityKind? KindNoun(ReadOnlySpan<char> noun, bool pluralOnly)
    {
        // Asked after every list, so compared in place rather than lower-cased into a string.
        if (noun.Length is < 3 or > 13 || (pluralOnly && !(noun.EndsWith("s", StringComparison.OrdinalIgnoreCase) || noun.Equals("corpora", StringComparison.OrdinalIgnoreCase))))
        {
            return null;
        }

        foreach (var (word, kind) in KindNouns)
        {
            if (noun.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        return null;
    }

    private static readonly (string Word, EntityKind Kind)[] KindNouns =
    [
        ("dataset", EntityKind.Dataset), ("datasets", EntityKind.Dataset), ("benchmark", EntityKind.Dataset), ("benchmarks", EntityKind.Dataset),
        ("corpus", EntityKind.Dataset), ("corpora", EntityKind.Dataset),
        ("model", EntityKind.Model), ("models", EntityKind.Model), ("llms", EntityKind.Model), ("vlms", EntityKind.Model), ("mllms", EntityKind.Model),
        ("architecture", EntityKind.Architecture), ("architectures", EntityKind.Architecture), ("backbone", EntityKind.Architecture), ("backbones", EntityKind.Architecture),
        ("algorithm", EntityKind.Method), ("algorithms", EntityKind.Method), ("method", EntityKind.Method), ("methods", EntityKind.Method),
        ("framework", EntityKind.Method), ("frameworks", EntityKind.Method), ("baseline", EntityKind.Method), ("baselines", EntityKind.Method),
    ];
}
