using System.Xml;
using System.Xml.Linq;

namespace PaperGraph.Core.Ingestion;

/// <summary>
/// Steps an <see cref="XmlReader"/> from one <c>entry</c> element to the next, turning an XML error into a
/// value (an iterator cannot yield inside a try/catch). Entries are matched by local name, so a feed and a
/// bare quarantined <c>&lt;entry&gt;</c> read the same.
/// </summary>
internal sealed class AtomEntryCursor(XmlReader xml)
{
    // After ReadFrom the reader already stands on the next node; reading again would skip it.
    private bool _positioned;

    public async Task<(XElement? Entry, long Line, XmlException? Error)> NextAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (_positioned || await xml.ReadAsync())
            {
                _positioned = false;
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "entry")
                {
                    var line = ((IXmlLineInfo)xml).LineNumber;
                    var entry = (XElement)await XNode.ReadFromAsync(xml, cancellationToken);
                    _positioned = !xml.EOF;
                    return (entry, line, null);
                }
            }

            return (null, 0, null);
        }
        catch (XmlException error)
        {
            return (null, 0, error);
        }
    }
}
