using System.Security.Cryptography;

namespace Ipmi.Lan.Crypto;

/// <summary>RAKP-HMAC-SHA256, IPMI v2.0 §13.28.1 (errata): 32-byte codes and keys, RAKP 4 value truncated to 16 bytes (HMAC-SHA256-128).</summary>
public sealed class RakpHmacSha256 : RakpHmac
{
    public static readonly RakpHmacSha256 Instance = new();

    public override AuthenticationAlgorithm Algorithm => AuthenticationAlgorithm.HmacSha256;
    public override int KeyLength => HMACSHA256.HashSizeInBytes;
    public override int IntegrityCheckValueLength => 16;

    protected override void Hmac(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data, Span<byte> destination) =>
        HMACSHA256.HashData(key, data, destination);
}
