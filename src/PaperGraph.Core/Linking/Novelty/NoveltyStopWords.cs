namespace PaperGraph.Core.Linking.Novelty;

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

        // Acronyms of generic classes and tasks: a paper that defines "question answering (QA)" introduces nothing.
        "ssm", "ssms", "qa", "vqa", "vlm", "vlms", "mllm", "mllms", "lvlm", "lvlms", "gnn", "gnns", "gan", "gans",
        "vae", "vaes", "moe", "rag", "cot", "asr", "tts", "nmt", "mt", "ocr", "ner", "kg", "kgs", "iot", "uav", "uavs",
        "ecg", "eeg", "mri", "ct", "rgb", "lidar", "nerf", "dnn", "dnns", "cnns", "rnns", "lm", "lms", "plm", "plms",
        "sr", "od", "rlhf", "sft", "icl", "ood", "id", "ssl", "fl", "marl", "drl", "nas", "kd", "pde", "pdes", "ode",
        "odes", "snn", "snns", "vit", "vits", "mlps", "ai-generated", "genai", "agi", "hci", "xai", "ar", "vr",

        // Capitalised in running text without being coined names: dimensions, languages, adjectives from names.
        "1d", "2d", "3d", "4d", "6d", "english", "chinese", "french", "german", "spanish", "japanese", "korean",
        "arabic", "hindi", "russian", "gaussian", "bayesian", "markov", "markovian", "euclidean", "riemannian",
        "boolean", "laplacian", "hessian", "lagrangian", "hamiltonian", "fourier", "newtonian", "gibbs",
        "we", "us", "i", "you",

        // Metrics and more generic acronyms a paper spells out in passing.
        "peft", "vla", "vlas", "fid", "iou", "ssim", "psnr", "lpips", "bleu", "rouge", "auc", "map", "bev", "gui",
        "cad", "sar", "kl", "dl", "t2i", "t2v", "i2v", "lrm", "lrms", "slm", "slms", "lmm", "lmms", "vfm", "vfms",
        "rlvr", "prm", "prms", "ldm", "ldms", "dof", "tom", "tta", "mllm-based", "mas", "eeg-based",

        // Fields, problems and diseases a paper works on, capitalised but coined by nobody in it.
        "slam", "uq", "np-hard", "np-complete", "alzheimer", "alzheimer's", "parkinson", "parkinson's", "covid",
        "covid-19", "autism", "diabetes", "cancer", "dementia", "epilepsy", "sepsis", "glaucoma", "asd", "ad", "pd", "roi", "rois",
        // Tasks named "X-to-Y" that papers capitalise ("models Text-to-SQL as …"); the catalog links none of them.
        "text-to-sql", "text-to-image", "text-to-video", "text-to-speech", "text-to-3d", "image-to-image", "image-to-video",
        "speech-to-text", "image-to-text", "video-to-text", "text-to-motion", "text-to-audio", "nl2sql",
    };

    public static bool Contains(string word) => Words.Contains(word);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordSpans = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <inheritdoc cref="ContainsOrSingular(string)"/>
    public static bool ContainsOrSingular(ReadOnlySpan<char> word) => WordSpans.Contains(word) || WordSpans.Contains(word.TrimEnd('s'));

    /// <summary>The word or, with a final lower-case "s" dropped, its singular ("SSMs", "LLMs").</summary>
    public static bool ContainsOrSingular(string word) => ContainsOrSingular(word.AsSpan());
}
