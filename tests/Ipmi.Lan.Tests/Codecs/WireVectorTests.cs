using Ipmi.Lan.Commands;
using Ipmi.Lan.Crypto;
using Ipmi.Lan.Rakp;
using Ipmi.Lan.Rmcp;
using Ipmi.Lan.Sessions;
using Ipmi.Lan.Tests.Support;
using Ipmi.Protocol;

namespace Ipmi.Lan.Tests.Codecs;

/// <summary>
/// Wire vectors checked both ways, each parsed from exact bytes and from a slice framed by 0xFF guard
/// bytes. Bytes come from captures of real clients (files named in each case) or from the spec tables.
/// </summary>
public class WireVectorTests
{
    public delegate bool Parser<T>(ReadOnlySpan<byte> source, out T value);

    public sealed record Vector(string Source, byte[] Bytes, object Expected, Func<ReadOnlyMemory<byte>, (bool, object)> Parse, Func<object, byte[]> Write)
    {
        public override string ToString() => $"{Expected.GetType().Name} from {Source}";
    }

    private static Vector V<T>(string source, string hex, T expected, Parser<T> parse, Func<T, int> length, Func<T, byte[], int> write) where T : notnull =>
        new(source, Convert.FromHexString(hex), expected,
            m => (parse(m.Span, out var value), value),
            o =>
            {
                var buffer = new byte[length((T)o)];
                Assert.That(write((T)o, buffer), Is.EqualTo(buffer.Length));
                return buffer;
            });

    private const string Cs3 = "ipmitool-1.8.19/lanplus-cs3-mc-info";
    private const string FreeIpmi = "freeipmi/bmc-info-cs3-user";

    public static IEnumerable<Vector> Vectors() =>
    [
        V("every capture", "0600ff07", new RmcpHeader(0xFF, RmcpClass.Ipmi), RmcpHeader.TryParse, v => v.Length, (v, b) => v.WriteTo(b)),
        V("bench/ipmi_sim/captures/openipmi-rmcp_ping", "0600ff06", new RmcpHeader(0xFF, RmcpClass.Asf), RmcpHeader.TryParse, v => v.Length, (v, b) => v.WriteTo(b)),
        V("bench/ipmi_sim/captures/openipmi-rmcp_ping (ping)", "000011be80000000", new AsfMessage(AsfMessageType.PresencePing, 0, 0),
            AsfMessage.TryParse, v => v.Length, (v, b) => v.WriteTo(b)),
        V("bench/ipmi_sim/captures/openipmi-rmcp_ping (pong data)", "000011be000000008100000000000000", PresencePong.Ipmi,
            PresencePong.TryParse, v => v.Length, (v, b) => v.WriteTo(b)),
        V(Cs3 + " line 3", "00000000a4a3a2a0000000080100000001000008010000000200000801000000",
            new OpenSessionRequest(0, PrivilegeLevel.Unspecified, 0xA0A2A3A4, AuthenticationAlgorithm.HmacSha1, IntegrityAlgorithm.HmacSha1_96, ConfidentialityAlgorithm.AesCbc128),
            OpenSessionRequest.TryParse, v => v.Length, (v, b) => v.WriteTo(b)),
        V(FreeIpmi + " line 3", "97000000c8f1f451000000080100000001000008010000000200000801000000",
            new OpenSessionRequest(0x97, PrivilegeLevel.Unspecified, 0x51F4F1C8, AuthenticationAlgorithm.HmacSha1, IntegrityAlgorithm.HmacSha1_96, ConfidentialityAlgorithm.AesCbc128),
            OpenSessionRequest.TryParse, v => v.Length, (v, b) => v.WriteTo(b)),
        V("ipmitool-1.8.19/lanplus-cs17-mc-info line 3", "00000000a4a3a2a0000000080300000001000008040000000200000801000000",
            new OpenSessionRequest(0, PrivilegeLevel.Unspecified, 0xA0A2A3A4, AuthenticationAlgorithm.HmacSha256, IntegrityAlgorithm.HmacSha256_128, ConfidentialityAlgorithm.AesCbc128),
            OpenSessionRequest.TryParse, v => v.Length, (v, b) => v.WriteTo(b)),
        V(Cs3 + " line 4", "00000000a4a3a2a082000000000000080100000001000008010000000200000801000000",
            new OpenSessionResponse(0, RmcpPlusStatus.NoErrors, 0, 0xA0A2A3A4, 0x82, AuthenticationAlgorithm.HmacSha1, IntegrityAlgorithm.HmacSha1_96, ConfidentialityAlgorithm.AesCbc128),
            OpenSessionResponse.TryParse, v => v.Length, (v, b) => v.WriteTo(b)),
        V(Cs3 + " request data of line 1", "8e04", new GetChannelAuthenticationCapabilitiesRequest(0x0E, true, PrivilegeLevel.Administrator),
            GetChannelAuthenticationCapabilitiesRequest.TryParse, v => v.Length, (v, b) => v.WriteTo(b)),
        V(Cs3 + " response data of line 2 (ipmi_sim)", "0184040300000000", new GetChannelAuthenticationCapabilitiesResponse(1, 0x84, 0x04, 0x03, 0, 0),
            GetChannelAuthenticationCapabilitiesResponse.TryParse, v => v.Length, (v, b) => v.WriteTo(b)),
        V("IPMI v2.0 Table 22-18 (ipmitool's first page request)", "0e0080", new GetChannelCipherSuitesRequest(0x0E, 0, true, 0),
            GetChannelCipherSuitesRequest.TryParse, v => v.Length, (v, b) => v.WriteTo(b)),
        V("ipmitool session info by ID", "ff04030201", new GetSessionInfoRequest(0xFF, 0, 0x01020304),
            GetSessionInfoRequest.TryParse, v => v.Length, (v, b) => v.WriteTo(b)),
        V("ipmitool session info by handle", "fe05", new GetSessionInfoRequest(0xFE, 5, 0),
            GetSessionInfoRequest.TryParse, v => v.Length, (v, b) => v.WriteTo(b)),
        V("IPMI v2.0 Table 22-19 close by handle", "0000000007", new CloseSessionRequest(0, 7),
            CloseSessionRequest.TryParse, v => v.Length, (v, b) => v.WriteTo(b)),
        V(Cs3 + " line 9 request data", "04", new SetSessionPrivilegeLevelRequest(PrivilegeLevel.Administrator),
            SetSessionPrivilegeLevelRequest.TryParse, v => v.Length, (v, b) => v.WriteTo(b)),
        V("IPMI v2.0 Table 22-28, LAN channel 1", "01040182f21b000000", new GetChannelInfoResponse(1, 0x04, 0x01, 0x02, 2, 7154),
            GetChannelInfoResponse.TryParse, v => v.Length, (v, b) => v.WriteTo(b)),
    ];

    [TestCaseSource(nameof(Vectors))]
    public void Parses_exact_bytes(Vector vector)
    {
        var (ok, value) = vector.Parse(vector.Bytes);
        Assert.That(ok, Is.True);
        Assert.That(value, Is.EqualTo(vector.Expected));
    }

    [TestCaseSource(nameof(Vectors))]
    public void Parses_a_slice_framed_by_guard_bytes(Vector vector)
    {
        var (ok, value) = vector.Parse(Transcript.Guarded(vector.Bytes));
        Assert.That(ok, Is.True);
        Assert.That(value, Is.EqualTo(vector.Expected));
    }

    [TestCaseSource(nameof(Vectors))]
    public void Writes_the_same_bytes(Vector vector) => Assert.That(vector.Write(vector.Expected), Is.EqualTo(vector.Bytes));

    [TestCaseSource(nameof(Vectors))]
    public void Truncated_input_fails(Vector vector)
    {
        if (vector.Bytes.Length <= 1)
            Assert.Ignore("nothing to truncate");
        var (ok, _) = vector.Parse(Transcript.Guarded(vector.Bytes[..^1]));
        Assert.That(ok, Is.False);
    }

    [Test]
    public void Ipmi15_session_header_from_ipmitool_capture()
    {
        // lanplus-cs3-mc-info line 1 after the RMCP header: auth type NONE, sequence 0, session 0, a 9-byte message.
        var bytes = Convert.FromHexString("000000000000000000092018c88100388e04b5");
        Assert.That(Ipmi15SessionHeader.TryParse(Transcript.Guarded(bytes).Span, out var header), Is.True);
        Assert.That(header, Is.EqualTo(new Ipmi15SessionHeader(0, 0, 9)));
        var written = new byte[header.Length];
        header.WriteTo(written);
        Assert.That(written, Is.EqualTo(bytes[..10]));
        Assert.That(Ipmi15SessionHeader.TryParse(bytes.AsSpan(0, bytes.Length - 1), out _), Is.False, "message shorter than its length");
        Assert.That(Ipmi15SessionHeader.TryParse([0x02, .. bytes[1..]], out _), Is.False, "MD5 authentication is not supported");
    }

    [Test]
    public void Ipmi20_session_header_from_ipmitool_capture()
    {
        // lanplus-cs3-mc-info line 9: encrypted and authenticated IPMI payload in session 82h, sequence 3, 32 bytes.
        var datagram = Transcript.Datagrams(Cs3 + ".datagrams.txt")[8].Bytes;
        var body = datagram[4..];
        Assert.That(Ipmi20SessionHeader.TryParse(Transcript.Guarded(body).Span, out var header), Is.True);
        Assert.That(header, Is.EqualTo(new Ipmi20SessionHeader(PayloadType.Ipmi, true, true, 0x82, 3, 32)));
        var written = new byte[header.Length];
        header.WriteTo(written);
        Assert.That(written, Is.EqualTo(body[..12]));
        Assert.That(Ipmi20SessionHeader.TryParse(body.AsSpan(0, 12 + 31), out _), Is.False, "payload runs past the datagram");
    }

    [Test]
    public void Rakp1_from_ipmitool_capture()
    {
        var bytes = Convert.FromHexString("00000000820000002f44408f2e64b85a4cf2e01aa38e4ec51400000561646d696e");
        Assert.That(Rakp1.TryParse(Transcript.Guarded(bytes).Span, out var message), Is.True);
        Assert.That(message.ManagedSystemSessionId, Is.EqualTo(0x82u));
        Assert.That(message.Role, Is.EqualTo(0x14));
        Assert.That(message.UserName.ToArray(), Is.EqualTo("admin"u8.ToArray()));
        Assert.That(message.RemoteConsoleRandom.ToArray(), Is.EqualTo(Convert.FromHexString("2f44408f2e64b85a4cf2e01aa38e4ec5")));
        var written = new byte[message.Length];
        message.WriteTo(written);
        Assert.That(written, Is.EqualTo(bytes));
        Assert.That(Rakp1.TryParse(bytes.AsSpan(0, bytes.Length - 1), out _), Is.False);
    }

    [Test]
    public void Rakp2_error_from_ipmitool_capture_reads_status_and_console_id()
    {
        // lanplus-cs3-mc-info-unknown-user line 6: ipmi_sim sends the whole message even with status 0Dh; we send only 8 bytes.
        var bytes = Convert.FromHexString("000d0000a4a3a2a020ab239571950ee46d78d2e6ef44626249504d4953494445434152504545521aedd0bd6367b51b5c464b0512d3eda3aece55bbe4");
        Assert.That(Rakp2.TryParse(Transcript.Guarded(bytes).Span, out var message), Is.True);
        Assert.That(message.Status, Is.EqualTo(RmcpPlusStatus.UnauthorizedName));
        Assert.That(message.RemoteConsoleSessionId, Is.EqualTo(0xA0A2A3A4u));
        var written = new byte[message.Length];
        Assert.That(message.WriteTo(written), Is.EqualTo(8));
        Assert.That(written, Is.EqualTo(bytes[..8]));
    }

    [Test]
    public void Rakp3_and_rakp4_from_ipmitool_capture()
    {
        var rakp3 = Convert.FromHexString("0000000082000000dc3ea0b2945b28bcc869cd65246b3a31ac689bcf");
        Assert.That(Rakp3.TryParse(Transcript.Guarded(rakp3).Span, out var three), Is.True);
        Assert.That(three.ManagedSystemSessionId, Is.EqualTo(0x82u));
        Assert.That(three.KeyExchangeCode.Length, Is.EqualTo(20));
        var rakp4 = Convert.FromHexString("00000000a4a3a2a07cabc2e1ddb6c606ca03e987");
        Assert.That(Rakp4.TryParse(Transcript.Guarded(rakp4).Span, out var four), Is.True);
        Assert.That(four.RemoteConsoleSessionId, Is.EqualTo(0xA0A2A3A4u));
        var written = new byte[four.Length];
        four.WriteTo(written);
        Assert.That(written, Is.EqualTo(rakp4));
    }

    [Test]
    public void Cipher_suite_records_list_each_offered_suite_in_16_byte_pages()
    {
        var records = CipherSuiteRecords.BySuite([CipherSuite.Suite3, CipherSuite.Suite17, CipherSuite.Suite1, CipherSuite.Suite2]);
        Assert.That(CipherSuiteRecords.Page(records, 0).ToArray(),
            Is.EqualTo(Convert.FromHexString("c003014181c011034481c0010140" + "80c0")));
        Assert.That(CipherSuiteRecords.Page(records, 1).ToArray(), Is.EqualTo(Convert.FromHexString("02014180")));
        Assert.That(CipherSuiteRecords.Page(records, 2).Length, Is.Zero);
    }
}
