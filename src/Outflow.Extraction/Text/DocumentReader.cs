using System.Text;
using Outflow.Core.Documents;

namespace Outflow.Extraction.Text;

/// <summary>
/// Stage 1: turns an input file into a <see cref="TextDocument"/>, or a clear reason why not
/// (empty, binary, too large, not UTF-8, unreadable). Never throws for bad input.
/// </summary>
public sealed class DocumentReader
{
    /// <summary>File extensions the reader accepts when walking folders.</summary>
    public static readonly string[] Extensions = [".txt", ".md", ".markdown", ".html", ".htm"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public DocumentReader(long maxBytes = 32L * 1024 * 1024) => MaxBytes = maxBytes;

    /// <summary>Largest file accepted; larger ones are reported, not read.</summary>
    public long MaxBytes { get; }

    public ReadResult ReadFile(string path, DocumentMeta? meta = null) =>
        TryReadBytes(path, out var bytes, out var error) ? Read(Path.GetFileName(path), bytes!, meta) : ReadResult.Fail(error!);

    /// <summary>Reads a file's bytes, refusing a missing or over-size file before reading it; the error says why.</summary>
    public bool TryReadBytes(string path, out byte[]? bytes, out string? error)
    {
        bytes = null;
        error = null;
        try
        {
            // one open: the size comes from the handle, not from a separate look-up of the path
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            long length = RandomAccess.GetLength(handle);
            if (length > MaxBytes)
            {
                error = $"file is {length / 1048576.0:0.#} MB, over the {MaxBytes / 1048576.0:0.#} MB limit per document (raise it with --max-size)";
                return false;
            }
            var buffer = new byte[length];
            int read = 0;
            while (read < buffer.Length)
            {
                int n = RandomAccess.Read(handle, buffer.AsSpan(read), read);
                if (n == 0) break; // the file shrank while being read
                read += n;
            }
            bytes = read == buffer.Length ? buffer : buffer[..read];
            return true;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            error = "file not found";
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = Directory.Exists(path) ? "is a folder, not a file" : $"cannot be read: {ex.Message}";
            return false;
        }
    }

    public ReadResult Read(string name, ReadOnlySpan<byte> bytes, DocumentMeta? meta = null)
    {
        if (bytes.Length == 0) return ReadResult.Fail("file is empty");
        if (bytes.Length > MaxBytes) return ReadResult.Fail($"document is over the {MaxBytes / 1048576.0:0.#} MB limit");
        if (!TryDecode(bytes, out var text, out var error)) return ReadResult.Fail(error!);
        if (string.IsNullOrWhiteSpace(text)) return ReadResult.Fail("file has no text (only whitespace)");

        var kind = KindOf(name, text);
        TextDocument doc = kind switch
        {
            DocKind.Html => HtmlCleaner.Clean(name, text),
            DocKind.Markdown => MarkdownCleaner.Clean(name, text),
            _ => new TextDocument(name, text.Replace("\r\n", "\n").Replace('\r', '\n'), null, null, null),
        };
        if (meta is not null)
        {
            doc = doc with
            {
                Published = meta.Published ?? doc.Published,
                Title = meta.Title ?? doc.Title,
                Url = meta.Url ?? doc.Url,
            };
        }
        return ReadResult.Ok(doc);
    }

    private enum DocKind { Text, Markdown, Html }

    private static DocKind KindOf(string name, string text)
    {
        var ext = Path.GetExtension(name).ToLowerInvariant();
        if (ext is ".html" or ".htm") return DocKind.Html;
        if (ext is ".md" or ".markdown") return DocKind.Markdown;
        var head = text.AsSpan(0, Math.Min(text.Length, 512)).TrimStart();
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
            return DocKind.Html;
        return DocKind.Text;
    }

    private static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string? error)
    {
        text = "";
        error = null;
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
            text = (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes[2..]);
            return true;
        }
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes[3..];

        var probe = bytes[..Math.Min(bytes.Length, 8192)];
        int nul = probe.IndexOf((byte)0);
        if (nul >= 0)
        {
            error = $"looks like a binary file (NUL byte at offset {nul}), not text, Markdown or HTML";
            return false;
        }
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException ex)
        {
            error = $"is not valid UTF-8 (bad byte at offset {ex.Index}); convert it to UTF-8 first";
            return false;
        }
    }
}
