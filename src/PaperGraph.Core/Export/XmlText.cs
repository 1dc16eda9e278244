using System.Text;
using System.Xml;

namespace PaperGraph.Core.Export;

/// <summary>Text as XML 1.0 allows it: a character XML cannot carry (a control character, a lone surrogate) becomes U+FFFD.</summary>
internal static class XmlText
{
    public static string Clean(string text)
    {
        var firstBad = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsValidAt(text, i, out var width))
            {
                firstBad = i;
                break;
            }

            i += width - 1;
        }

        if (firstBad < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length).Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            if (IsValidAt(text, i, out var width))
            {
                builder.Append(text, i, width);
                i += width - 1;
            }
            else
            {
                builder.Append('\uFFFD');
            }
        }

        return builder.ToString();
    }

    private static bool IsValidAt(string text, int i, out int width)
    {
        width = 1;
        var ch = text[i];
        if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            width = 2;
            return true;
        }

        return XmlConvert.IsXmlChar(ch);
    }
}
