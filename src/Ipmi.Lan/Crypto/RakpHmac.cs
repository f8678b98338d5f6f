using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Ipmi.Lan.Crypto;

/// <summary>
/// The RAKP steps shared by the HMAC-based authentication algorithms, IPMI v2.0 §13.31-13.32. Each
/// algorithm supplies its HMAC one-shot and its lengths; MAC inputs are laid out here exactly as
/// the section lists them.
/// </summary>
public abstract class RakpHmac : IRakpAuthentication
{
    /// <summary>Longest MAC input: SIDm, SIDc, Rm, Rc, GUIDc, ROLEm, ULENGTHm and a 16-byte UNAMEm.</summary>
    private const int MaxInput = 4 + 4 + 16 + 16 + 16 + 1 + 1 + RakpExchange.MaxUserNameLength;
    /// <summary>§13.32: the constants are 20 bytes for every algorithm (ipmitool and FreeIPMI agree).</summary>
    private const int ConstantLength = 20;

    public abstract AuthenticationAlgorithm Algorithm { get; }
    public abstract int KeyLength { get; }
    public int KeyExchangeCodeLength => KeyLength;
    public abstract int IntegrityCheckValueLength { get; }

    /// <summary>Full-length HMAC of <paramref name="data"/> into <paramref name="destination"/> (<see cref="KeyLength"/> bytes).</summary>
    protected abstract void Hmac(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data, Span<byte> destination);

    public int WriteRakp2Code(ReadOnlySpan<byte> kuid, RakpExchange exchange, Span<byte> destination)
    {
        Span<byte> input = stackalloc byte[MaxInput];
        var n = WriteUInt32(input, exchange.RemoteConsoleSessionId);
        n += WriteUInt32(input[n..], exchange.ManagedSystemSessionId);
        n += Append(input[n..], exchange.RemoteConsoleRandom);
        n += Append(input[n..], exchange.ManagedSystemRandom);
        n += Append(input[n..], exchange.ManagedSystemGuid);
        n += AppendRoleAndName(input[n..], exchange);
        Hmac(kuid, input[..n], destination);
        return KeyLength;
    }

    public bool CheckRakp3Code(ReadOnlySpan<byte> kuid, RakpExchange exchange, ReadOnlySpan<byte> code)
    {
        Span<byte> input = stackalloc byte[MaxInput];
        var n = Append(input, exchange.ManagedSystemRandom);
        n += WriteUInt32(input[n..], exchange.RemoteConsoleSessionId);
        n += AppendRoleAndName(input[n..], exchange);
        Span<byte> expected = stackalloc byte[KeyLength];
        Hmac(kuid, input[..n], expected);
        return CryptographicOperations.FixedTimeEquals(expected, code);
    }

    public int DeriveSik(ReadOnlySpan<byte> kg, RakpExchange exchange, Span<byte> sik)
    {
        Span<byte> input = stackalloc byte[MaxInput];
        var n = Append(input, exchange.RemoteConsoleRandom);
        n += Append(input[n..], exchange.ManagedSystemRandom);
        n += AppendRoleAndName(input[n..], exchange);
        Hmac(kg, input[..n], sik);
        return KeyLength;
    }

    public int WriteRakp4Code(ReadOnlySpan<byte> sik, RakpExchange exchange, Span<byte> destination)
    {
        Span<byte> input = stackalloc byte[MaxInput];
        var n = Append(input, exchange.RemoteConsoleRandom);
        n += WriteUInt32(input[n..], exchange.ManagedSystemSessionId);
        n += Append(input[n..], exchange.ManagedSystemGuid);
        Span<byte> full = stackalloc byte[KeyLength];
        Hmac(sik, input[..n], full);
        full[..IntegrityCheckValueLength].CopyTo(destination);
        return IntegrityCheckValueLength;
    }

    public int DeriveKey(ReadOnlySpan<byte> sik, byte constant, Span<byte> key)
    {
        Span<byte> input = stackalloc byte[ConstantLength];
        input.Fill(constant);
        Hmac(sik, input, key);
        return KeyLength;
    }

    private static int WriteUInt32(Span<byte> destination, uint value)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(destination, value);
        return sizeof(uint);
    }

    private static int Append(Span<byte> destination, ReadOnlySpan<byte> value)
    {
        value.CopyTo(destination);
        return value.Length;
    }

    private static int AppendRoleAndName(Span<byte> destination, RakpExchange exchange)
    {
        destination[0] = exchange.Role;
        destination[1] = (byte)exchange.UserName.Length;
        exchange.UserName.CopyTo(destination[2..]);
        return 2 + exchange.UserName.Length;
    }
}
