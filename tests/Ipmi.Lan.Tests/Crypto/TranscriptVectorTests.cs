using System.Buffers.Binary;
using System.Text;
using Ipmi.Lan.Crypto;
using Ipmi.Lan.Tests.Support;
using Ipmi.Protocol;
using Ipmi.Protocol.Messages;

namespace Ipmi.Lan.Tests.Crypto;

/// <summary>
/// RAKP codes, SIK, K1, K2, integrity AuthCodes and AES-CBC-128 payloads checked against real ipmitool
/// sessions: suite 3 against OpenIPMI's ipmi_sim, suite 17 against our listener (ipmitool computes and
/// prints every value itself).
/// </summary>
public class TranscriptVectorTests
{
    public sealed record Capture(string Name, string Password, IRakpAuthentication Authentication, Func<byte[], IIntegrityAlgorithm> Integrity)
    {
        public string Datagrams => $"ipmitool-1.8.19/{Name}.datagrams.txt";
        public string Vvvv => $"ipmitool-1.8.19/{Name}.vvvv.txt";
        public override string ToString() => Name;
    }

    public static readonly Capture[] Captures =
    [
        new("lanplus-cs3-mc-info", "ipmisidecar", RakpHmacSha1.Instance, k1 => new HmacSha1_96(k1)),
        new("lanplus-cs17-raw-get-device-id-ipmisidecar", "secret", RakpHmacSha256.Instance, k1 => new HmacSha256_128(k1)),
    ];

    /// <summary>Payload of datagram <paramref name="index"/> (RMCP 4 + session header 12 bytes skipped).</summary>
    private static byte[] Payload(Capture capture, int index)
    {
        var datagram = Transcript.Datagrams(capture.Datagrams)[index].Bytes;
        var length = BinaryPrimitives.ReadUInt16LittleEndian(datagram.AsSpan(14));
        return datagram.AsSpan(16, length).ToArray();
    }

    private static RakpExchange Exchange(Capture capture)
    {
        var open = Payload(capture, 2);
        var opened = Payload(capture, 3);
        var rakp1 = Payload(capture, 4);
        var rakp2 = Payload(capture, 5);
        return new RakpExchange
        {
            RemoteConsoleSessionId = BinaryPrimitives.ReadUInt32LittleEndian(open.AsSpan(4)),
            ManagedSystemSessionId = BinaryPrimitives.ReadUInt32LittleEndian(opened.AsSpan(8)),
            RemoteConsoleRandom = rakp1[8..24],
            Role = rakp1[24],
            UserName = rakp1[28..(28 + rakp1[27])],
            ManagedSystemRandom = rakp2[8..24],
            ManagedSystemGuid = rakp2[24..40],
        };
    }

    private static byte[] Key(string password)
    {
        var key = new byte[20];
        Encoding.ASCII.GetBytes(password).CopyTo(key, 0);
        return key;
    }

    [TestCaseSource(nameof(Captures))]
    public void Rakp2_code_matches_the_capture(Capture capture)
    {
        var code = new byte[capture.Authentication.KeyExchangeCodeLength];
        capture.Authentication.WriteRakp2Code(Key(capture.Password), Exchange(capture), code);
        Assert.That(code, Is.EqualTo(Payload(capture, 5)[40..]));
    }

    [TestCaseSource(nameof(Captures))]
    public void Rakp3_code_from_the_capture_is_accepted_and_fails_with_another_password(Capture capture)
    {
        var code = Payload(capture, 6)[8..];
        Assert.That(capture.Authentication.CheckRakp3Code(Key(capture.Password), Exchange(capture), code), Is.True);
        Assert.That(capture.Authentication.CheckRakp3Code(Key("wrong"), Exchange(capture), code), Is.False);
    }

    [TestCaseSource(nameof(Captures))]
    public void Sik_k1_k2_match_what_ipmitool_computed(Capture capture)
    {
        var auth = capture.Authentication;
        var sik = new byte[auth.KeyLength];
        var k1 = new byte[auth.KeyLength];
        var k2 = new byte[auth.KeyLength];
        auth.DeriveSik(Key(capture.Password), Exchange(capture), sik);
        auth.DeriveKey(sik, 0x01, k1);
        auth.DeriveKey(sik, 0x02, k2);
        Assert.That(sik, Is.EqualTo(Transcript.Dump(capture.Vvvv, "Generated session integrity key")));
        Assert.That(k1, Is.EqualTo(Transcript.Dump(capture.Vvvv, "Generated K1")));
        Assert.That(k2, Is.EqualTo(Transcript.Dump(capture.Vvvv, "Generated K2")));
    }

    [TestCaseSource(nameof(Captures))]
    public void Rakp4_integrity_check_value_matches_the_capture(Capture capture)
    {
        var sik = Transcript.Dump(capture.Vvvv, "Generated session integrity key");
        var value = new byte[capture.Authentication.IntegrityCheckValueLength];
        capture.Authentication.WriteRakp4Code(sik, Exchange(capture), value);
        Assert.That(value, Is.EqualTo(Payload(capture, 7)[8..]));
    }

    [TestCaseSource(nameof(Captures))]
    public void Every_session_packet_authenticates_and_a_flipped_bit_does_not(Capture capture)
    {
        var integrity = capture.Integrity(Transcript.Dump(capture.Vvvv, "Generated K1"));
        var n = integrity.AuthCodeLength;
        var packets = Transcript.Datagrams(capture.Datagrams).Skip(8).Select(d => d.Bytes).ToList();
        Assert.That(packets, Has.Count.GreaterThanOrEqualTo(6));
        foreach (var packet in packets)
        {
            var body = Transcript.Guarded(packet[4..]).Span;
            Assert.That(integrity.CheckAuthCode(body[..^n], body[^n..]), Is.True);
            var tampered = packet[4..];
            tampered[20] ^= 0x01;
            Assert.That(integrity.CheckAuthCode(tampered.AsSpan(0, tampered.Length - n), tampered.AsSpan(tampered.Length - n)), Is.False);
            var written = new byte[n];
            integrity.WriteAuthCode(body[..^n], written);
            Assert.That(written, Is.EqualTo(body[^n..].ToArray()));
        }
    }

    [TestCaseSource(nameof(Captures))]
    public void Aes_payloads_decrypt_to_the_ipmi_messages_ipmitool_sent(Capture capture)
    {
        using var aes = new AesCbc128(Transcript.Dump(capture.Vvvv, "Generated K2"));
        var datagrams = Transcript.Datagrams(capture.Datagrams).Skip(8).ToList();
        var plain = new byte[1024];
        var commands = new List<byte>();
        foreach (var (fromClient, datagram) in datagrams)
        {
            var length = BinaryPrimitives.ReadUInt16LittleEndian(datagram.AsSpan(14));
            Assert.That(aes.TryDecrypt(Transcript.Guarded(datagram[16..(16 + length)]).Span, plain, out var written), Is.True);
            if (fromClient)
            {
                Assert.That(IpmiRequest.TryParse(plain.AsSpan(0, written), out var request), Is.True);
                commands.Add(request.Command);
            }
            else
            {
                Assert.That(IpmiResponse.TryParse(plain.AsSpan(0, written), out _), Is.True);
            }
        }
        // ipmitool: Set Session Privilege Level, then HPM / Get Device ID / PICMG probes, then the command(s), then Close Session.
        Assert.That(commands[0], Is.EqualTo(0x3B));
        Assert.That(commands[^1], Is.EqualTo(0x3C));
        Assert.That(commands, Does.Contain((byte)0x01));
    }

    [Test]
    public void Aes_round_trip_pads_with_1_2_3_and_the_pad_length()
    {
        var k2 = Transcript.Dump(Captures[0].Vvvv, "Generated K2");
        using var aes = new AesCbc128(k2);
        byte[] message = [0x20, 0x18, 0xC8, 0x81, 0x04, 0x3B, 0x04, 0x3C];
        var wire = new byte[aes.EncryptedLength(message.Length)];
        Assert.That(aes.Encrypt(message, wire), Is.EqualTo(32));
        using var reference = System.Security.Cryptography.Aes.Create();
        reference.Key = k2[..16];
        var padded = reference.DecryptCbc(wire[16..], wire[..16], System.Security.Cryptography.PaddingMode.None);
        Assert.That(padded, Is.EqualTo(message.Concat(new byte[] { 1, 2, 3, 4, 5, 6, 7, 7 }).ToArray()));
        var plain = new byte[32];
        Assert.That(aes.TryDecrypt(wire, plain, out var written), Is.True);
        Assert.That(plain[..written], Is.EqualTo(message));
    }

    [Test]
    public void Aes_rejects_bad_padding_and_odd_lengths()
    {
        using var aes = new AesCbc128(new byte[20]);
        using var reference = System.Security.Cryptography.Aes.Create();
        reference.Key = new byte[16];
        var iv = new byte[16];
        var badPad = reference.EncryptCbc(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 0xAA, 1, 9, 2 }, iv, System.Security.Cryptography.PaddingMode.None);
        var plain = new byte[64];
        Assert.That(aes.TryDecrypt(iv.Concat(badPad).ToArray(), plain, out _), Is.False);
        Assert.That(aes.TryDecrypt(new byte[40], plain, out _), Is.False);
        Assert.That(aes.TryDecrypt(new byte[16], plain, out _), Is.False);
    }
}
