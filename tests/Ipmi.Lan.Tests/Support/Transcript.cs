using System.Globalization;
using System.Text.RegularExpressions;

namespace Ipmi.Lan.Tests.Support;

/// <summary>Reads the captured fixtures: <c>.datagrams.txt</c> (one <c>C&gt;S|S&gt;C hex</c> per line) and labelled hex dumps in <c>.vvvv.txt</c>.</summary>
public static partial class Transcript
{
    public static string PathOf(string relative) => Path.Combine(TestContext.CurrentContext.TestDirectory, "fixtures", relative);

    public static IReadOnlyList<(bool FromClient, byte[] Bytes)> Datagrams(string relative) =>
        File.ReadLines(PathOf(relative))
            .Where(l => !l.StartsWith('#') && l.Length > 4)
            .Select(l => (l.StartsWith("C>S"), Convert.FromHexString(l[4..].Trim())))
            .ToList();

    /// <summary>The hex dump printed by ipmitool under a line starting with <paramref name="label"/> (e.g. "Generated K1").</summary>
    public static byte[] Dump(string relative, string label)
    {
        var lines = File.ReadAllLines(PathOf(relative));
        var start = Array.FindIndex(lines, l => l.StartsWith(label, StringComparison.Ordinal));
        if (start < 0)
            throw new InvalidDataException($"{label} not found in {relative}");
        var length = int.Parse(LengthPattern().Match(lines[start]).Groups[1].Value, CultureInfo.InvariantCulture);
        var bytes = new List<byte>();
        for (var i = start + 1; bytes.Count < length; i++)
            bytes.AddRange(lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(h => byte.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
        return bytes.ToArray();
    }

    /// <summary>Copies <paramref name="bytes"/> into a buffer framed by 0xFF guard bytes and returns the inner slice.</summary>
    public static ReadOnlyMemory<byte> Guarded(byte[] bytes)
    {
        var framed = new byte[bytes.Length + 8];
        framed.AsSpan().Fill(0xFF);
        bytes.CopyTo(framed, 4);
        return framed.AsMemory(4, bytes.Length);
    }

    [GeneratedRegex(@"\((\d+) bytes\)")]
    private static partial Regex LengthPattern();
}
