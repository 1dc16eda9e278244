using System.Text;
using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Linking.Novelty;

/// <summary>
/// arXiv abstracts are LaTeX source: one in twenty wraps words in text-style commands, and most often the very name a
/// paper introduces ("we propose \textbf{AvR}: \textbf{Alignment via Refinement}", "termed \emph{URAE}"). The cue
/// patterns read words, so names are found in the text with those commands taken out; mentions are still matched in
/// the text as written (a brace is no letter, so "AvR" inside "\textbf{AvR}" is a whole word there).
/// </summary>
internal static class LatexMarkup
{
    /// <summary>Commands that only style their argument; math and links (<c>\mathcal</c>, <c>\href</c>) say more than a style.</summary>
    private static readonly string[] StyleCommands =
        ["textbf", "textit", "emph", "texttt", "textsc", "textsf", "textrm", "textmd", "textup", "underline"];

    /// <summary>The paper with <see cref="Plain(string)"/> title and abstract; the same instance when neither had a command taken out.</summary>
    public static Paper Plain(Paper paper)
    {
        var title = Plain(paper.Title);
        var text = Plain(paper.Abstract);
        return ReferenceEquals(title, paper.Title) && ReferenceEquals(text, paper.Abstract) ? paper : paper with { Title = title, Abstract = text };
    }

    /// <summary>
    /// The text with each style command and its argument's braces taken out, nested ones too
    /// ("\textbf{\textsc{FastCuRL}}" is "FastCuRL", "\textbf{S}patial" is "Spatial"); other braces and unbalanced ones
    /// stay. The same instance when no command was taken out, as in nearly every abstract.
    /// </summary>
    public static string Plain(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }

        var plain = new StringBuilder(text.Length);
        var open = new Stack<bool>(); // per open brace: whether it opened a style command's argument, dropped with it
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && StyleCommandAt(text, i + 1) is var length and > 0)
            {
                open.Push(true);
                i += length + 1; // the name and its '{'; the loop steps past the backslash
                continue;
            }

            if (text[i] == '{')
            {
                open.Push(false);
            }
            else if (text[i] == '}' && open.TryPop(out var styled) && styled)
            {
                continue;
            }

            plain.Append(text[i]);
        }

        // Only characters are taken out: the same length means no command was (math and links keep their backslashes).
        return plain.Length == text.Length ? text : plain.ToString();
    }

    /// <summary>The length of a style command's name at <paramref name="at"/> when a '{' follows it, else 0.</summary>
    private static int StyleCommandAt(string text, int at)
    {
        foreach (var command in StyleCommands)
        {
            if (text.AsSpan(at).StartsWith(command, StringComparison.Ordinal) && at + command.Length < text.Length && text[at + command.Length] == '{')
            {
                return command.Length;
            }
        }

        return 0;
    }
}
