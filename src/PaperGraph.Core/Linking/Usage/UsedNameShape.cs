using System.Text.RegularExpressions;
using PaperGraph.Core.Linking.Novelty;

namespace PaperGraph.Core.Linking.Usage;

/// <summary>
/// Whether a word a paper lists or calls a dataset, model or method is shaped like a coined name ("SateHaze1K",
/// "Q-Bench", "LST-AI", "RICE") rather than a word, a unit, a metric, a venue or a size.
/// </summary>
internal static partial class UsedNameShape
{
    /// <summary>Capitalised or coined words that are no entity of the four kinds, beside entities in lists.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        // Metrics and scores, which papers list beside their datasets and models.
        "BLEU", "ROUGE", "ROUGE-L", "ROUGE-1", "ROUGE-2", "METEOR", "CIDEr", "SPICE", "BERTScore", "CLIPScore", "F1", "AUROC",
        "AUPRC", "AUC", "mAP", "NDCG", "MRR", "PSNR", "SSIM", "MS-SSIM", "LPIPS", "FID", "KID", "FVD", "MAE", "MSE", "RMSE",
        "MAPE", "SMAPE", "WER", "CER", "EER", "PPL", "TER", "chrF", "chrF++", "COMET", "MCC", "IoU", "mIoU", "HD95", "ECE",
        "R2", "Top-1", "Top-5", "SROCC", "SRCC", "PLCC", "KRCC", "NSE", "ACC", "AP", "AP50", "AP75", "ADE", "FDE", "NIQE",
        "BRISQUE", "MUSIQ", "CLIP-IQA", "UIQM", "UCIQE", "EM", "Recall", "Precision", "QPS", "FPS", "TTFT", "MOS", "UTMOS",
        "DNSMOS", "mAP50", "mAP75", "mAP50-95", "MOTA", "MOTP", "IDF1", "HOTA", "XOR", "XNOR", "NAND", "PESQ", "STOI", "SI-SDR", "SDR", "CLIPScore", "HPS", "HPSv2", "ImageReward", "VBench",
        // Venues, organisations and hardware.
        "NeurIPS", "ICML", "ICLR", "CVPR", "ICCV", "ECCV", "ACL", "EMNLP", "NAACL", "AAAI", "IJCAI", "KDD", "SIGIR", "WWW",
        "MICCAI", "ICASSP", "INTERSPEECH", "IEEE", "ACM", "NASA", "NIH", "WHO", "OpenAI", "DeepMind", "NVIDIA", "AMD",
        "GPU", "GPUs", "CPU", "CPUs", "TPU", "TPUs", "NPU", "NPUs", "FPGA", "FPGAs", "ASIC", "ASICs", "RAM", "DRAM", "SRAM",
        "HBM", "A100", "H100", "H200", "V100", "A6000", "RTX", "B200", "MI300X", "SSD", "SSDs",
        // Units, formats, languages and protocols.
        "GB", "TB", "MB", "KB", "GHz", "MHz", "kHz", "dB", "FLOPs", "FLOPS", "GFLOPs", "TFLOPs", "TFLOPS", "PFLOPs", "MACs",
        "JSON", "XML", "HTML", "CSV", "PDF", "SQL", "API", "APIs", "URL", "URLs", "HTTP", "CUDA", "LaTeX", "USD", "EU", "US",
        "UK", "USA", "PhD", "MSc", "SoTA", "SOTA", "OOD", "IID", "LoS", "NLoS", "IoT", "IIoT", "MIMO", "OFDM", "RIS", "ISAC",
        "UAV", "UAVs", "AUV", "AUVs", "EV", "EVs", "LiDAR", "RGB-D", "RGBD", "CT", "MRI", "fMRI", "PET", "EEG", "ECG", "EHR",
        "EHRs", "QA", "VQA", "NLP", "NLU", "NLG", "LLM", "LLMs", "VLM", "VLMs", "MLLM", "MLLMs", "LVLM", "LVLMs", "LMM",
        "LMMs", "SLM", "SLMs", "LRM", "LRMs", "VLA", "VLAs", "MoE", "MoEs", "DiT", "DiTs", "ViTs", "CNNs", "GNNs", "RNNs",
        "MLPs", "SNNs", "DNNs", "PINN", "PINNs", "AIGC", "GenAI", "AGI", "XAI", "HCI", "HRI", "MDP", "MDPs", "POMDP",
        "POMDPs", "DAG", "DAGs", "KG", "KGs", "SFT", "RL", "RLHF", "RLVR", "RLAIF", "ICL", "CoT", "PEFT", "KD", "FL",
        // Modalities, number formats, devices and bodies that papers put before "datasets" (judged on the corpus).
        "X-ray", "X-rays", "mmWave", "sRGB", "RGB", "RGBT", "CAPTCHA", "CAPTCHAs", "BF16", "FP16", "FP32", "FP8", "FP4", "INT8",
        "INT4", "iPhone", "iPad", "Android", "iOS", "ICU", "ICUs", "SDK", "SDKs", "RSNA", "N-of-1", "MIDI", "GPS", "IMU", "IMUs",
        "PyTorch", "TensorFlow", "JAX", "Keras", "NumPy", "SciPy", "ScanPy", "Scanpy", "Seurat", "OpenCV", "MATLAB", "GitHub", "HuggingFace", "LinkedIn",
        "YouTube", "TikTok", "WeChat", "AWS", "NIST", "ISO", "IEC", "NSF", "DARPA", "ETSI", "3GPP", "W3C", "IETF", "FDA", "OECD", "NHS", "CDC", "ESG", "XBRL", "arXiv", "MOOC", "MOOCs", "RGBA", "PolSAR", "InSAR", "OGI", "HSI", "UAD", "EHR", "DICOM",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNameSpans = NotNames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The cheap half of <see cref="IsName"/>, asked of every word of every field: lower-case and capitalised plain
    /// words, nearly all of a text, are answered here without a string.
    /// </summary>
    public static bool MayBeName(ReadOnlySpan<char> word) =>
        word.Length >= 2 && word.Length <= NameShape.LongestName && char.IsLetter(word[0])
        && (word[1..].ContainsAnyInRange('A', 'Z') || word.ContainsAnyInRange('0', '9') || (char.IsUpper(word[0]) && word.Contains('-')))
        && !word.ContainsAny(UnnamedChars);

    public static bool IsName(ReadOnlySpan<char> word)
    {
        // Asked of every capitalised word a field has: the structural test first, then the lists, then the patterns,
        // all on the span, so that no word costs a string.
        if (!MayBeName(word) || !Coined(word, out var letters))
        {
            return false;
        }

        if (NotNameSpans.Contains(word) || NoveltyStopWords.ContainsOrSingular(word) || NameShape.IsDescriptive(word) || NameShape.HasDescriptiveSuffix(word)
            || Plain().IsMatch(word) || FamilySuffix().IsMatch(word) || NotAName().IsMatch(word))
        {
            return false;
        }

        // An acronym alone needs three letters: "AR", "SR", "US" name too many things.
        return letters >= 3 || word.ContainsAnyInRange('0', '9') || word.Contains('-');
    }

    /// <summary>
    /// Whether a part of the word is coined: an acronym ("RICE", "LST-AI", the "Q" of "Q-Bench"), a part with a capital
    /// after a letter or a digit ("SateHaze1K", "AesBench"), or a benchmark's suffix on plain words ("Zyx-Bench");
    /// "Multi-Modal" is none of these.
    /// </summary>
    private static bool Coined(ReadOnlySpan<char> word, out int letters)
    {
        var coined = false;
        letters = 0;
        foreach (var range in word.Split('-'))
        {
            var part = word[range];
            letters += CountLetters(part);
            coined |= part.Length > 0 && (IsAcronym(part) || NameShape.HasCoinedCapitalOrDigit(part));
        }

        return coined || BenchmarkSuffix().IsMatch(word);
    }

    private static bool IsAcronym(ReadOnlySpan<char> part)
    {
        foreach (var c in part)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return char.IsUpper(part[0]);
    }

    private static int CountLetters(ReadOnlySpan<char> part)
    {
        var count = 0;
        foreach (var c in part)
        {
            count += char.IsLetter(c) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Characters no used name has here: formulas, paths, scores at k, markup.</summary>
    private static readonly System.Buffers.SearchValues<char> UnnamedChars = System.Buffers.SearchValues.Create("@/\\=$^_{}<>|~#%&+*");

    /// <summary>
    /// A family or a part of one rather than its name ("o1-series", "Llama-family", "GPT-class"), a modifier ("AI-enabled",
    /// "AI-alone") or a metric ("SPK-SIM", "CLIP-score").
    /// </summary>
    [GeneratedRegex(@"-(?:series|family|class|type|version|variant|variants|size|sized|layer|block|module|head|enabled|alone|native|ready|first|denied|degraded|SIM|IoU|Iou|score|scores)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FamilySuffix();

    [GeneratedRegex(@"^[A-Z][A-Za-z]*-(?:Bench|Eval|Arena|Gym|QA|Instruct)$", RegexOptions.CultureInvariant)]
    private static partial Regex BenchmarkSuffix();

    /// <summary>
    /// Whether a name says itself that it is a benchmark, wherever it stands: "Bench" after a capital or "-bench"
    /// ("AesBench", "Q-Bench", "SWE-bench", "DragBench-DR", "RelBench-v2"; not "T3Bench-derived"), or "QA", "VQA" or
    /// "Eval" after a part with a lower-case letter ("HotpotQA", "ChartQA", "AlpacaEval", "HaluEval"). Of the 4,384 such
    /// words in the 74,728 arXiv abstracts nearly all are benchmarks and datasets; the others are tasks written as one
    /// word ("VideoQA", "VQA", "KGQA": no lower-case part, or listed here, with "OpenQA"), a venue ("SemEval-2025") and a
    /// metric ("G-Eval").
    /// </summary>
    public static bool NamesBenchmark(ReadOnlySpan<char> word) => word.Length >= 5 && SelfNamedBenchmark().IsMatch(word);

    [GeneratedRegex(@"^(?!(?:SemEval|VideoQA|ImageQA|AudioQA|TableQA|GraphQA|SpeechQA|OpenQA)(?:$|-))(?:[A-Z][\w.+-]*?(?:Bench|-bench)|[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*-?(?:V?QA|Eval))(?:-(?:[A-Z0-9][A-Za-z0-9.]*|v\d[\w.]*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex SelfNamedBenchmark();

    /// <summary>
    /// A lower-case prefix on a class ("non-LLM", "single-LLM", "pt-PT"; "o3-mini" keeps its digit), a version ("v1.0"),
    /// a language pair ("English-isiZulu"), a modality pair ("RGB-Depth", "Event-RGB"), a role ("LLM-as-a-judge"), a letter and a number ("C1", "T2", "r256"; "o3" stays)
    /// or an acronym's plural, which names a class ("DMGs" as "LLMs" does).
    /// </summary>
    [GeneratedRegex(@"^(?:(?:English|Chinese|German|French|Spanish|Japanese|Korean|Arabic|Hindi|Russian|Portuguese|Italian)-|[a-z]+-|[vV]\d|RGB-|[A-Za-z]+-RGB$|[A-Z]\d{1,2}$|[a-z]\d{3,}$|[A-Z]{2,}s$)|-as-a?-?", RegexOptions.CultureInvariant)]
    private static partial Regex NotAName();

    /// <summary>A capitalised plain word ("Bench", "Models") or a Roman numeral: no coined name on its own.</summary>
    [GeneratedRegex(@"^(?:[A-Z][a-z]+|[IVX]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Plain();
}
