using System.Security.Cryptography;

namespace Ipmi.Lan.Crypto;

/// <summary>HMAC-SHA256-128, IPMI v2.0 §13.28.4 (errata): HMAC-SHA256 keyed with K1 (32 bytes), truncated to 16 bytes (RFC 4868).</summary>
public sealed class HmacSha256_128(byte[] k1) : HmacIntegrity(HashAlgorithmName.SHA256, k1)
{
    public override IntegrityAlgorithm Algorithm => IntegrityAlgorithm.HmacSha256_128;
    public override int AuthCodeLength => 16;
}
