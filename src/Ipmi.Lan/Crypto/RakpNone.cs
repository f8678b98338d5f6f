namespace Ipmi.Lan.Crypto;

/// <summary>
/// RAKP-none, IPMI v2.0 §13.28.1: no authentication codes and no keys. Used only by cipher suite 0, which
/// is refused unless <see cref="LanOptions.AllowCipherSuiteZero"/> is set.
/// </summary>
public sealed class RakpNone : IRakpAuthentication
{
    public static readonly RakpNone Instance = new();

    public AuthenticationAlgorithm Algorithm => AuthenticationAlgorithm.None;
    public int KeyExchangeCodeLength => 0;
    public int IntegrityCheckValueLength => 0;
    public int KeyLength => 0;

    public int WriteRakp2Code(ReadOnlySpan<byte> kuid, RakpExchange exchange, Span<byte> destination) => 0;
    public bool CheckRakp3Code(ReadOnlySpan<byte> kuid, RakpExchange exchange, ReadOnlySpan<byte> code) => true;
    public int DeriveSik(ReadOnlySpan<byte> kg, RakpExchange exchange, Span<byte> sik) => 0;
    public int WriteRakp4Code(ReadOnlySpan<byte> sik, RakpExchange exchange, Span<byte> destination) => 0;
    public int DeriveKey(ReadOnlySpan<byte> sik, byte constant, Span<byte> key) => 0;
}
