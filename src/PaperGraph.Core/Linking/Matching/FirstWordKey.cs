using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PaperGraph.Core.Linking.Matching;

/// <summary>
/// What the trie's first-word table is keyed by: a folded word's length and its first and last four chars, which
/// spell the whole word up to eight chars (most words of a text that begin some pattern) so the table compares them
/// without reading the word elsewhere. A hash chained through every char (FNV) put a multiply on the scan's critical
/// path for each char of the text; this one reads two words of memory per text word, and an ASCII word's key is
/// read straight from the text, folding as it reads, so the many words that begin no pattern are never copied.
/// </summary>
/// <param name="Head">The first four chars, or all of a shorter word in the low lanes.</param>
/// <param name="Tail">The last four chars; 0 for a word shorter than four.</param>
internal readonly record struct FirstWordKey(int Length, ulong Head, ulong Tail)
{
    /// <summary>The longest word the key spells whole.</summary>
    public const int WholeLength = 8;

    /// <summary>The key of a word already folded by <see cref="TextFolding.FoldForMatch"/>.</summary>
    public static FirstWordKey Of(ReadOnlySpan<char> folded) =>
        folded.Length >= 4
            ? new(folded.Length, Read4(folded), Read4(folded[^4..]))
            : new(folded.Length, Pack(folded, fold: false), 0);

    /// <summary><see cref="Of"/> of the folded form of an ASCII word of letters and digits, without folding a copy.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FirstWordKey OfAscii(ReadOnlySpan<char> word) =>
        word.Length >= 4
            ? new(word.Length, LowerAscii(Read4(word)), LowerAscii(Read4(word[^4..])))
            : new(word.Length, Pack(word, fold: true), 0);

    public uint Hash
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            // Two multiplies side by side and the product's high half: the scan waits on this before the filter.
            var h = ((Head ^ (uint)Length) * 0x9E37_79B9_7F4A_7C15UL) ^ (Tail * 0xC2B2_AE3D_27D4_EB4FUL);
            return (uint)(h >> 32);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Read4(ReadOnlySpan<char> chars) => MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(chars[..4]));

    /// <summary>Up to three chars in the low lanes, as <see cref="Read4"/> lays them out.</summary>
    private static ulong Pack(ReadOnlySpan<char> chars, bool fold)
    {
        ulong packed = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            packed |= (ulong)(fold ? TextFolding.Fold(chars[i]) : chars[i]) << (16 * i);
        }

        return packed;
    }

    /// <summary>
    /// Lower-cases 'A'–'Z' in four 16-bit lanes of ASCII chars (what folding does to ASCII letters and digits): a lane
    /// is a capital when adding 0x3F reaches 0x80 and adding 0x25 does not; no lane carries into the next.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong LowerAscii(ulong lanes) =>
        lanes | ((((lanes + 0x003F_003F_003F_003FUL) & ~(lanes + 0x0025_0025_0025_0025UL)) & 0x0080_0080_0080_0080UL) >> 2);
}
