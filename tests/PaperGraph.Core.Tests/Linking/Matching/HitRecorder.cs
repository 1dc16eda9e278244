using PaperGraph.Core.Linking.Matching;

namespace PaperGraph.Core.Tests.Linking.Matching;

/// <summary>Keeps every hit a scan reports, in order.</summary>
internal readonly struct HitRecorder(List<(int Start, int End, int Pattern)> hits) : IHitSink
{
    public void Hit(int start, int end, int pattern) => hits.Add((start, end, pattern));
}
