using Ipmi.Protocol.App;

namespace Ipmi.Protocol.Tests.App;

/// <summary>Set / Get BMC Global Enables, IPMI v2.0 §22.1-22.2, Tables 22-2 and 22-3: one enables byte each way.</summary>
public class BmcGlobalEnablesTests
{
    [TestCase(new byte[] { 0x08 }, BmcGlobalEnables.SystemEventLogging)]
    [TestCase(new byte[] { 0xEF }, (BmcGlobalEnables)0xEF)]
    public void Set_request_round_trips(byte[] bytes, BmcGlobalEnables enables)
    {
        Assert.That(SetBmcGlobalEnablesRequest.TryParse(bytes, out var parsed), Is.True);
        Assert.That(parsed.Enables, Is.EqualTo(enables));
        var written = new byte[SetBmcGlobalEnablesRequest.Length];
        Assert.That(parsed.WriteTo(written), Is.EqualTo(1));
        Assert.That(written, Is.EqualTo(bytes));
    }

    [Test]
    public void Set_request_of_another_length_fails()
    {
        Assert.That(SetBmcGlobalEnablesRequest.TryParse([], out _), Is.False);
        Assert.That(SetBmcGlobalEnablesRequest.TryParse([0x08, 0x00], out _), Is.False);
    }

    [Test]
    public void Get_response_round_trips_from_a_guarded_slice()
    {
        byte[] framed = [0xFF, 0x0C, 0xFF];
        Assert.That(GetBmcGlobalEnablesResponse.TryParse(framed.AsSpan(1, 1), out var parsed), Is.True);
        Assert.That(parsed.Enables, Is.EqualTo(BmcGlobalEnables.SystemEventLogging | BmcGlobalEnables.EventMessageBuffer));
        var written = new byte[] { 0xFF, 0xFF, 0xFF };
        parsed.WriteTo(written.AsSpan(1));
        Assert.That(written, Is.EqualTo(framed));
    }
}
