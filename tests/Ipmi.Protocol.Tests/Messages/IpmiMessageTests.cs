using Ipmi.Protocol;
using Ipmi.Protocol.Messages;

namespace Ipmi.Protocol.Tests.Messages;

/// <summary>
/// IPMI message framing (IPMI v2.0 §13.8) against bytes captured from ipmitool 1.8.19 talking to
/// OpenIPMI's ipmi_sim (fixtures/ipmitool-1.8.19/lanplus-cs3-mc-info.datagrams.txt, first exchange:
/// Get Channel Authentication Capabilities in IPMI 1.5 framing).
/// </summary>
public class IpmiMessageTests
{
    // C>S 0600ff07 00 00000000 00000000 09 | 20 18 c8 81 00 38 8e 04 b5
    private static readonly byte[] CapturedRequest = Convert.FromHexString("2018c88100388e04b5");
    // S>C 0600ff07 00 00000000 00000000 10 | 81 1c 63 20 00 38 00 01 84 04 03 00 00 00 00 1c
    private static readonly byte[] CapturedResponse = Convert.FromHexString("811c632000380001840403000000001c");

    [Test]
    public void TryParse_reads_ipmitool_get_channel_auth_caps_request()
    {
        Assert.That(IpmiRequest.TryParse(CapturedRequest, out var request), Is.True);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(request.ResponderAddress, Is.EqualTo(0x20));
            Assert.That(request.NetFn, Is.EqualTo(NetFn.App));
            Assert.That(request.RequesterAddress, Is.EqualTo(0x81));
            Assert.That(request.Sequence, Is.EqualTo(0));
            Assert.That(request.Command, Is.EqualTo(0x38));
            Assert.That(request.Data.ToArray(), Is.EqualTo(new byte[] { 0x8E, 0x04 }));
        }
    }

    [Test]
    public void WriteTo_reproduces_the_captured_request_bytes()
    {
        IpmiRequest.TryParse(CapturedRequest, out var request);
        var written = new byte[request.Length];
        Assert.That(request.WriteTo(written), Is.EqualTo(CapturedRequest.Length));
        Assert.That(written, Is.EqualTo(CapturedRequest));
    }

    [Test]
    public void Response_for_the_captured_request_reproduces_ipmi_sims_bytes()
    {
        IpmiRequest.TryParse(CapturedRequest, out var request);
        var response = IpmiResponse.For(request, CompletionCode.Normal, Convert.FromHexString("0184040300000000"));
        var written = new byte[response.Length];
        response.WriteTo(written);
        Assert.That(written, Is.EqualTo(CapturedResponse));
    }

    [Test]
    public void TryParse_reads_the_captured_response()
    {
        Assert.That(IpmiResponse.TryParse(CapturedResponse, out var response), Is.True);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.NetFn, Is.EqualTo(NetFn.App));
            Assert.That(response.Command, Is.EqualTo(0x38));
            Assert.That(response.CompletionCode, Is.EqualTo(CompletionCode.Normal));
            Assert.That(response.Data.Length, Is.EqualTo(8));
        }
    }

    [Test]
    public void TryParse_reads_a_request_framed_by_guard_bytes()
    {
        var framed = new byte[CapturedRequest.Length + 8];
        framed.AsSpan().Fill(0xFF);
        CapturedRequest.CopyTo(framed, 4);
        Assert.That(IpmiRequest.TryParse(framed.AsSpan(4, CapturedRequest.Length), out var request), Is.True);
        Assert.That(request.Data.ToArray(), Is.EqualTo(new byte[] { 0x8E, 0x04 }));
    }

    [TestCase(0)]
    [TestCase(6)]
    public void TryParse_rejects_truncated_requests(int length) =>
        Assert.That(IpmiRequest.TryParse(CapturedRequest.AsSpan(0, length), out _), Is.False);

    [TestCase(2, Description = "header checksum")]
    [TestCase(8, Description = "data checksum")]
    [TestCase(6, Description = "a data byte, caught by the data checksum")]
    public void TryParse_rejects_a_corrupted_byte(int index)
    {
        var corrupted = (byte[])CapturedRequest.Clone();
        corrupted[index] ^= 0x01;
        Assert.That(IpmiRequest.TryParse(corrupted, out _), Is.False);
    }
}
