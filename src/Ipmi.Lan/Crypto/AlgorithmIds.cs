namespace Ipmi.Lan.Crypto;

/// <summary>Authentication (RAKP) algorithm numbers, IPMI v2.0 §13.28, Table 13-17.</summary>
public enum AuthenticationAlgorithm : byte
{
    /// <summary>RAKP-none: no password check at all; only with cipher suite 0 when explicitly allowed.</summary>
    None = 0x00,
    /// <summary>RAKP-HMAC-SHA1, mandatory (implemented).</summary>
    HmacSha1 = 0x01,
    /// <summary>RAKP-HMAC-MD5 (not implemented).</summary>
    HmacMd5 = 0x02,
    /// <summary>RAKP-HMAC-SHA256 (implemented; added by the IPMI v2.0 rev 1.1 errata).</summary>
    HmacSha256 = 0x03,
}

/// <summary>Integrity algorithm numbers, IPMI v2.0 §13.28.4, Table 13-18.</summary>
public enum IntegrityAlgorithm : byte
{
    None = 0x00,
    /// <summary>HMAC-SHA1-96, mandatory (implemented).</summary>
    HmacSha1_96 = 0x01,
    /// <summary>HMAC-MD5-128 (not implemented).</summary>
    HmacMd5_128 = 0x02,
    /// <summary>MD5-128 (not implemented).</summary>
    Md5_128 = 0x03,
    /// <summary>HMAC-SHA256-128 (implemented).</summary>
    HmacSha256_128 = 0x04,
}

/// <summary>Confidentiality algorithm numbers, IPMI v2.0 §13.28.5, Table 13-19.</summary>
public enum ConfidentialityAlgorithm : byte
{
    None = 0x00,
    /// <summary>AES-CBC-128, mandatory (implemented).</summary>
    AesCbc128 = 0x01,
    /// <summary>xRC4-128 (not implemented).</summary>
    XRc4_128 = 0x02,
    /// <summary>xRC4-40 (not implemented).</summary>
    XRc4_40 = 0x03,
}
