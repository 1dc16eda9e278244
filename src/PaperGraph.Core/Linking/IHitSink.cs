namespace PaperGraph.Core.Linking;

/// <summary>Receives a matcher's hits as they are found; implemented by structs so the scan loop inlines the call.</summary>
internal interface IHitSink
{
    void Hit(int end, int pattern);
}
