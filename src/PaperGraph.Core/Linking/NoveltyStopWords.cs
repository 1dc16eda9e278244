namespace PaperGraph.Core.Linking;

/// <summary>Words that start a title or follow "we propose" without being a name ("Towards …:", "We present A…").</summary>
internal static class NoveltyStopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "this", "these", "our", "its", "their", "two", "three", "several", "new", "novel", "both",
        "towards", "toward", "beyond", "rethinking", "revisiting", "understanding", "on", "in", "when", "why", "how",
        "what", "is", "are", "do", "does", "can", "should", "learning", "scaling", "attention", "memory", "position",
        "perspective", "survey", "review", "tutorial", "overview", "abstract", "introduction", "background", "here",
        "it", "such", "first", "simple", "efficient", "large", "small", "deep", "neural", "unified", "general",
        "ai", "ml", "llm", "llms", "nlp", "cv", "rl", "gpu", "gpus", "sota", "mlp", "cnn", "rnn", "api", "vs",
        "experiments", "results", "method", "methods", "model", "models", "approach", "framework", "benchmark",
        "dataset", "evaluation", "analysis", "study", "theory", "note", "all", "each", "more", "less", "from",
        "extensive", "comprehensive", "additionally", "furthermore", "moreover", "however", "specifically",
    };

    public static bool Contains(string word) => Words.Contains(word);
}
