using System.Buffers;

namespace PaperGraph.Core.Linking;

/// <summary>
/// A field folded once (<see cref="TextFolding.FoldField"/>) for every matcher that scans it, in pooled buffers;
/// dispose it to return them.
/// </summary>
internal readonly struct FoldedField : IDisposable
{
    private readonly char[] _folded;
    private readonly int[] _origins;

    public FoldedField(string text)
    {
        Text = text;
        _folded = ArrayPool<char>.Shared.Rent(text.Length);
        _origins = ArrayPool<int>.Shared.Rent(text.Length);
        Length = TextFolding.FoldField(text, _folded, _origins);
    }

    public string Text { get; }

    public int Length { get; }

    public ReadOnlySpan<char> Folded => _folded.AsSpan(0, Length);

    /// <summary>Index in <see cref="Text"/> of each folded char.</summary>
    public int[] Origins => _origins;

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_folded);
        ArrayPool<int>.Shared.Return(_origins);
    }
}
