using System.Security.Cryptography;

namespace Ipmi.Lan.Crypto;

/// <summary>HMAC-SHA1-96, IPMI v2.0 §13.28.4: HMAC-SHA1 keyed with K1 (20 bytes), truncated to 12 bytes (RFC 2404).</summary>
public sealed class HmacSha1_96(byte[] k1) : HmacIntegrity(HashAlgorithmName.SHA1, k1)
{
    public override IntegrityAlgorithm Algorithm => IntegrityAlgorithm.HmacSha1_96;
    public override int AuthCodeLength => 12;
}
