using System.Security.Cryptography;

namespace IpmiLoad.Client;

/// <summary>
/// The cipher suites the console speaks, IPMI v2.0 §22.15.2, Table 22-20, with the algorithm numbers of
/// §13.28 (Tables 13-17 to 13-19): suite 3 = RAKP-HMAC-SHA1, HMAC-SHA1-96, AES-CBC-128; suite 17 =
/// RAKP-HMAC-SHA256, HMAC-SHA256-128, AES-CBC-128.
/// </summary>
/// <param name="KeyLength">HMAC output length: the key exchange codes, SIK, K1 and K2 (§13.31-13.32).</param>
/// <param name="IcvLength">RAKP 4 integrity check value length (§13.31: 12 for SHA1, 16 for SHA256).</param>
/// <param name="AuthCodeLength">Integrity AuthCode length in session packets (§13.28.4).</param>
public sealed record ConsoleSuite(byte Id, byte Authentication, byte Integrity, byte Confidentiality, int KeyLength, int IcvLength, int AuthCodeLength)
{
    /// <summary>Confidentiality algorithm 01h (§13.29).</summary>
    public const byte AesCbc128 = 0x01;

    public static readonly ConsoleSuite Suite3 = new(3, Authentication: 0x01, Integrity: 0x01, AesCbc128, KeyLength: 20, IcvLength: 12, AuthCodeLength: 12);
    public static readonly ConsoleSuite Suite17 = new(17, Authentication: 0x03, Integrity: 0x04, AesCbc128, KeyLength: 32, IcvLength: 16, AuthCodeLength: 16);

    public static ConsoleSuite FromId(int id) => id switch
    {
        3 => Suite3,
        17 => Suite17,
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "The console speaks cipher suites 3 and 17."),
    };

    /// <summary>The hash of the suite's HMACs.</summary>
    public HashAlgorithmName Hash => KeyLength == SHA256.HashSizeInBytes ? HashAlgorithmName.SHA256 : HashAlgorithmName.SHA1;

    /// <summary>The suite's HMAC, full length (<see cref="KeyLength"/> bytes); RAKP and integrity use the same hash here.</summary>
    public void Hmac(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data, Span<byte> destination)
    {
        if (KeyLength == SHA256.HashSizeInBytes)
            HMACSHA256.HashData(key, data, destination);
        else
            HMACSHA1.HashData(key, data, destination);
    }
}
