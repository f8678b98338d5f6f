using System.Threading.Channels;
using I2cBridge.Ipmb;
using I2cBridge.Queue;
using I2cBridge.Simulated;

namespace I2cBridge.Tests.Ipmb;

public class IpmbRequesterTests
{
    private const byte Bmc = 0x20;
    private const byte Us = 0x82;

    private sealed class Rig : IAsyncDisposable
    {
        public readonly SimulatedI2cBus Bus = new(1);
        public readonly SimulatedIpmbBmc Bmc = new();
        public readonly I2cBusQueue Queue;
        public readonly I2cIpmbChannel Channel;
        public readonly IpmbRequester Requester;

        public Rig(IpmbRequesterOptions options)
        {
            Bus.Attach(IpmbRequesterTests.Bmc >> 1, Bmc);
            Queue = new I2cBusQueue(Bus);
            Channel = new I2cIpmbChannel(Queue, Us);
            Bus.Attach(Us >> 1, new SimulatedSlaveEndpoint(Channel.DeliverSlaveWrite));
            Requester = new IpmbRequester(Channel, options);
        }

        public async ValueTask DisposeAsync()
        {
            await Requester.DisposeAsync();
            await Channel.DisposeAsync();
            await Queue.DisposeAsync();
            Bus.Dispose();
        }
    }

    [Test]
    public async Task Get_Device_ID_over_master_writes_both_ways()
    {
        await using var rig = new Rig(new IpmbRequesterOptions { OwnAddress = Us });

        var response = await rig.Requester.SendAsync(Bmc, 0x06, 0, 0x01, ReadOnlyMemory<byte>.Empty);

        Assert.That((response.TargetAddress, response.SourceAddress, response.NetFn, response.Command), Is.EqualTo((Us, Bmc, (byte)0x07, (byte)0x01)));
        Assert.That(response.CompletionCode, Is.EqualTo(0x00));
        Assert.That(response.Data.Span[1], Is.EqualTo(0x20)); // device ID
        Assert.That(response.Data.Length, Is.EqualTo(12));
    }

    [Test]
    public async Task Get_SDR_Repository_Info_answers_with_version_and_count()
    {
        await using var rig = new Rig(new IpmbRequesterOptions { OwnAddress = Us });

        var response = await rig.Requester.SendAsync(Bmc, 0x0A, 0, 0x20, ReadOnlyMemory<byte>.Empty);

        Assert.That(response.Data.ToArray()[..4], Is.EqualTo(new byte[] { 0x00, 0x51, 0x04, 0x00 }));
    }

    [Test]
    public async Task An_unknown_command_answers_C1()
    {
        await using var rig = new Rig(new IpmbRequesterOptions { OwnAddress = Us });
        var response = await rig.Requester.SendAsync(Bmc, 0x06, 0, 0x7F, ReadOnlyMemory<byte>.Empty);
        Assert.That(response.CompletionCode, Is.EqualTo(0xC1));
    }

    [Test]
    public async Task A_lost_request_is_resent_with_the_same_sequence_number()
    {
        await using var rig = new Rig(new IpmbRequesterOptions { OwnAddress = Us, ResponseTimeout = TimeSpan.FromMilliseconds(100), MaxRetries = 2 });
        rig.Bmc.DropNextRequests = 1;

        var response = await rig.Requester.SendAsync(Bmc, 0x06, 0, 0x01, ReadOnlyMemory<byte>.Empty);

        Assert.That(rig.Bmc.RequestsReceived, Is.EqualTo(2));
        Assert.That(response.Sequence, Is.EqualTo(rig.Bmc.LastSequence));
        Assert.That(rig.Requester.Resends, Is.EqualTo(1));
    }

    [Test]
    public async Task No_response_after_the_last_resend_is_a_Timeout()
    {
        await using var rig = new Rig(new IpmbRequesterOptions { OwnAddress = Us, ResponseTimeout = TimeSpan.FromMilliseconds(30), MaxRetries = 1 });
        rig.Bmc.DropNextRequests = 100;

        var e = Assert.ThrowsAsync<I2cException>(async () => await rig.Requester.SendAsync(Bmc, 0x06, 0, 0x01, ReadOnlyMemory<byte>.Empty))!;

        Assert.That(e.Failure, Is.EqualTo(I2cFailure.Timeout));
        Assert.That(rig.Bmc.RequestsReceived, Is.EqualTo(2));
    }

    [Test]
    public async Task A_BMC_that_is_not_there_NACKs_and_the_send_fails_at_once()
    {
        await using var rig = new Rig(new IpmbRequesterOptions { OwnAddress = Us });
        var e = Assert.ThrowsAsync<I2cException>(async () => await rig.Requester.SendAsync(0x40, 0x06, 0, 0x01, ReadOnlyMemory<byte>.Empty))!;
        Assert.That(e.Failure, Is.EqualTo(I2cFailure.Nack));
    }

    [Test]
    public async Task Outstanding_requests_are_matched_by_sequence_even_out_of_order()
    {
        await using var channel = new ScriptedChannel();
        await using var requester = new IpmbRequester(channel, new IpmbRequesterOptions { OwnAddress = Us, ResponseTimeout = TimeSpan.FromSeconds(10) });
        var pending = Enumerable.Range(0, 3).Select(_ => requester.SendAsync(Bmc, 0x06, 0, 0x01, ReadOnlyMemory<byte>.Empty).AsTask()).ToArray();
        var sent = new List<IpmbFrame>();
        for (var i = 0; i < 3; i++)
        {
            IpmbFrame.TryParse(await channel.Sent.Reader.ReadAsync(), out var f);
            sent.Add(f);
        }
        Assert.That(sent.Select(f => (int)f.Sequence).Distinct().Count(), Is.EqualTo(3));

        channel.Deliver(sent[0].ToResponse(new byte[] { 0x00, 0xEE }) with { Command = 0x02 }); // wrong command: not taken
        foreach (var request in Enumerable.Reverse(sent))
            channel.Deliver(request.ToResponse(new byte[] { 0x00, request.Sequence }));
        var responses = await Task.WhenAll(pending);

        for (var i = 0; i < 3; i++)
            Assert.That(responses[i].Data.Span[1], Is.EqualTo(sent[i].Sequence));
        Assert.That(requester.UnmatchedResponses, Is.EqualTo(1));
    }

    private sealed class ScriptedChannel : IIpmbChannel
    {
        private readonly Channel<byte[]> _inbound = Channel.CreateUnbounded<byte[]>();

        public Channel<byte[]> Sent { get; } = Channel.CreateUnbounded<byte[]>();

        public int BusId => 9;

        public void Deliver(IpmbFrame frame) => _inbound.Writer.TryWrite(frame.ToArray());

        public ValueTask SendAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken)
        {
            Sent.Writer.TryWrite(frame.ToArray());
            return ValueTask.CompletedTask;
        }

        public async ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken)
        {
            var frame = await _inbound.Reader.ReadAsync(cancellationToken);
            frame.CopyTo(buffer);
            return frame.Length;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
