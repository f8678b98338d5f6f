namespace Oem.Tests.Handlers.Support;

public static class Hex
{
    /// <summary>"05 80 04" → bytes, the way ipmitool -v and FreeIPMI --debug print them.</summary>
    public static byte[] Bytes(string hex) =>
        hex.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(b => Convert.ToByte(b, 16)).ToArray();

    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes).ToLowerInvariant() is var s
        ? string.Join(' ', Enumerable.Range(0, s.Length / 2).Select(i => s.Substring(2 * i, 2)))
        : "";
}
