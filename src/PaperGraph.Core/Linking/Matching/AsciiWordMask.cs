using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace PaperGraph.Core.Linking.Matching;

/// <summary>
/// One bit per char of an ASCII field, set for letters and digits, so a scan finds where words start and end a
/// 64-char word of bits at a time instead of testing char by char, with a mispredicted exit at every word's end.
/// Bits past the field's end are clear.
/// </summary>
internal static class AsciiWordMask
{
    /// <summary>How many <see cref="ulong"/>s a field of this length needs.</summary>
    public static int Length(int chars) => (chars >> 6) + 1;

    public static void Fill(ReadOnlySpan<char> asciiField, Span<ulong> bits)
    {
        bits[..Length(asciiField.Length)].Clear();
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            var chars = MemoryMarshal.Cast<char, ushort>(asciiField);
            for (; i + Vector128<ushort>.Count <= chars.Length; i += Vector128<ushort>.Count)
            {
                var v = Vector128.Create(chars.Slice(i, Vector128<ushort>.Count));
                // ASCII only: setting 0x20 lower-cases a capital and maps no other char into 'a'–'z'.
                var letter = Vector128.LessThan((v | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26));
                var digit = Vector128.LessThan(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10));
                bits[i >> 6] |= (ulong)(letter | digit).ExtractMostSignificantBits() << (i & 63);
            }
        }

        for (; i < asciiField.Length; i++)
        {
            if (char.IsAsciiLetterOrDigit(asciiField[i]))
            {
                bits[i >> 6] |= 1UL << (i & 63);
            }
        }
    }

    /// <summary>The first index at or after <paramref name="from"/> whose bit is set, or <paramref name="length"/>.</summary>
    public static int NextSet(ReadOnlySpan<ulong> bits, int from, int length)
    {
        var w = from >> 6;
        var word = bits[w] & (ulong.MaxValue << (from & 63));
        while (word == 0)
        {
            if (++w >= bits.Length)
            {
                return length;
            }

            word = bits[w];
        }

        return Math.Min(length, (w << 6) + BitOperations.TrailingZeroCount(word));
    }

    /// <summary>The first index at or after <paramref name="from"/> whose bit is clear (the field's length at most).</summary>
    public static int NextClear(ReadOnlySpan<ulong> bits, int from, int length)
    {
        var w = from >> 6;
        var word = ~bits[w] & (ulong.MaxValue << (from & 63));
        while (word == 0)
        {
            word = ~bits[++w]; // the bits past the end are clear, so this stops by the last word
        }

        return Math.Min(length, (w << 6) + BitOperations.TrailingZeroCount(word));
    }
}
