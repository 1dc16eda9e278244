namespace PaperGraph.Core.Linking.Matching;

/// <summary>Why a span was matched; paper-local evidence outranks the catalog when spans overlap.</summary>
internal enum MatchOrigin
{
    Catalog,
    Introduced,
    LocalName,
    Abbreviation,
}
