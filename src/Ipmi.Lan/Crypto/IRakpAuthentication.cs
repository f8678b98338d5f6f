namespace Ipmi.Lan.Crypto;

/// <summary>
/// An RMCP+ authentication algorithm (IPMI v2.0 §13.28, §13.31, §13.32): the codes the managed system
/// writes or checks at each RAKP step and the keys it derives. Members are named after the steps, as
/// OpenIPMI names its handlers (set2, check3, set4). Keys are the 20-byte Kuid / K_G fields of §13.31
/// (the password or BMC key, zero-padded).
/// </summary>
public interface IRakpAuthentication
{
    AuthenticationAlgorithm Algorithm { get; }

    /// <summary>Length of the RAKP 2 and RAKP 3 key exchange authentication codes (0 for RAKP-none).</summary>
    int KeyExchangeCodeLength { get; }

    /// <summary>Length of the RAKP 4 integrity check value (HMAC truncated as §13.28 says).</summary>
    int IntegrityCheckValueLength { get; }

    /// <summary>Length of SIK, K1 and K2 (the HMAC output length; 0 for RAKP-none).</summary>
    int KeyLength { get; }

    /// <summary>RAKP 2: HMAC_Kuid(SIDm, SIDc, Rm, Rc, GUIDc, ROLEm, ULENGTHm, UNAMEm), §13.31. Returns bytes written.</summary>
    int WriteRakp2Code(ReadOnlySpan<byte> kuid, RakpExchange exchange, Span<byte> destination);

    /// <summary>RAKP 3: checks HMAC_Kuid(Rc, SIDm, ROLEm, ULENGTHm, UNAMEm) in constant time, §13.31.</summary>
    bool CheckRakp3Code(ReadOnlySpan<byte> kuid, RakpExchange exchange, ReadOnlySpan<byte> code);

    /// <summary>SIK = HMAC_KG(Rm, Rc, ROLEm, ULENGTHm, UNAMEm), §13.31. Returns bytes written.</summary>
    int DeriveSik(ReadOnlySpan<byte> kg, RakpExchange exchange, Span<byte> sik);

    /// <summary>RAKP 4: HMAC_SIK(Rm, SIDc, GUIDc) truncated to <see cref="IntegrityCheckValueLength"/>, §13.31.</summary>
    int WriteRakp4Code(ReadOnlySpan<byte> sik, RakpExchange exchange, Span<byte> destination);

    /// <summary>K1 (constant 01h) or K2 (constant 02h) = HMAC_SIK(20 bytes of the constant), §13.32.</summary>
    int DeriveKey(ReadOnlySpan<byte> sik, byte constant, Span<byte> key);
}
