using System.IO.Compression;

namespace PaperGraph.Benchmarks.Worker;

/// <summary>Splits the gzipped corpus (one JSON paper per line, which the JSON Lines reader takes as is) into files.</summary>
internal static class CorpusFiles
{
    public static IReadOnlyList<string> Split(string corpus, string folder, int papersPerFile, int maxFiles = int.MaxValue)
    {
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        using var reader = new StreamReader(new GZipStream(File.OpenRead(corpus), CompressionMode.Decompress));
        StreamWriter? writer = null;
        var inFile = 0;
        while (reader.ReadLine() is { } line)
        {
            if (writer is null)
            {
                if (files.Count == maxFiles)
                {
                    break;
                }

                var path = Path.Combine(folder, $"corpus-{files.Count:D4}.jsonl");
                files.Add(path);
                writer = new StreamWriter(path);
            }

            writer.WriteLine(line);
            if (++inFile == papersPerFile)
            {
                writer.Dispose();
                (writer, inFile) = (null, 0);
            }
        }

        writer?.Dispose();
        return files;
    }
}
