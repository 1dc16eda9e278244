namespace PaperGraph.Core.Linking.Matching;

/// <summary>Receives a matcher's hits as they are found; implemented by structs so the scan loop inlines the call.</summary>
internal interface IHitSink
{
    /// <summary>A pattern matched the field's chars from <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
    void Hit(int start, int end, int pattern);
}
