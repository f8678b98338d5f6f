using Ipmi.Lan.Crypto;

namespace Ipmi.Lan.Commands;

/// <summary>
/// Get Channel Cipher Suites request (App 06h/54h), IPMI v2.0 §22.15, Table 22-18: channel (0Eh = this
/// channel), payload type (00h = IPMI), list index (bits 5:0) with bit 7 set to list algorithms by cipher suite.
/// </summary>
public readonly record struct GetChannelCipherSuitesRequest(byte Channel, byte PayloadType, bool ListBySuite, byte ListIndex)
{
    public const byte Command = 0x54;
    public const int Size = 3;

    public int Length => Size;

    public static bool TryParse(ReadOnlySpan<byte> source, out GetChannelCipherSuitesRequest request)
    {
        request = default;
        if (source.Length != Size)
            return false;
        request = new((byte)(source[0] & 0x0F), (byte)(source[1] & 0x3F), (source[2] & 0x80) != 0, (byte)(source[2] & 0x3F));
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = Channel;
        destination[1] = PayloadType;
        destination[2] = (byte)(ListIndex | (ListBySuite ? 0x80 : 0));
        return Size;
    }
}

/// <summary>
/// The cipher suite record data of Get Channel Cipher Suites, IPMI v2.0 §22.15.1, Table 22-19, served in
/// 16-byte pages after the channel number: per suite C0h, suite ID, authentication algorithm (00h|n),
/// integrity algorithm (40h|n), confidentiality algorithm (80h|n). Without "list by suite" the page holds
/// just the distinct algorithm bytes.
/// </summary>
public static class CipherSuiteRecords
{
    public const int PageSize = 16;
    public const byte StandardSuiteTag = 0xC0;
    public const byte IntegrityTag = 0x40;
    public const byte ConfidentialityTag = 0x80;

    public static byte[] BySuite(IEnumerable<CipherSuite> suites) =>
        suites.SelectMany(s => new[]
        {
            StandardSuiteTag,
            s.Id,
            (byte)s.Authentication,
            (byte)(IntegrityTag | (byte)s.Integrity),
            (byte)(ConfidentialityTag | (byte)s.Confidentiality),
        }).ToArray();

    public static byte[] Algorithms(IEnumerable<CipherSuite> suites) =>
        suites.Select(s => (byte)s.Authentication)
            .Concat(suites.Select(s => (byte)(IntegrityTag | (byte)s.Integrity)))
            .Concat(suites.Select(s => (byte)(ConfidentialityTag | (byte)s.Confidentiality)))
            .Distinct()
            .ToArray();

    /// <summary>Page <paramref name="index"/> of <paramref name="records"/>: up to 16 bytes, empty past the end.</summary>
    public static ReadOnlySpan<byte> Page(ReadOnlySpan<byte> records, int index)
    {
        var start = index * PageSize;
        return start >= records.Length ? [] : records[start..Math.Min(start + PageSize, records.Length)];
    }
}
