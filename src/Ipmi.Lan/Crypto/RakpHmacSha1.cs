using System.Security.Cryptography;

namespace Ipmi.Lan.Crypto;

/// <summary>RAKP-HMAC-SHA1, IPMI v2.0 §13.28.1: 20-byte codes and keys, RAKP 4 value truncated to 12 bytes (HMAC-SHA1-96).</summary>
public sealed class RakpHmacSha1 : RakpHmac
{
    public static readonly RakpHmacSha1 Instance = new();

    public override AuthenticationAlgorithm Algorithm => AuthenticationAlgorithm.HmacSha1;
    public override int KeyLength => HMACSHA1.HashSizeInBytes;
    public override int IntegrityCheckValueLength => 12;

    protected override void Hmac(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data, Span<byte> destination) =>
        HMACSHA1.HashData(key, data, destination);
}
