using Ipmi.Protocol;
using Ipmi.Protocol.SensorEvent;
using Ipmi.Protocol.Sensors;
using Microsoft.Extensions.Logging.Abstractions;
using Oem.Handlers;
using Oem.Handlers.Sel;
using Oem.State;
using Oem.Tests.Support;

namespace Oem.Tests.State;

/// <summary>
/// What the SEL does when sel.json cannot be written. The fault is a state directory that has gone away (moved
/// aside), which fails every write the way a read-only or full file system does, and comes back when moved back.
/// </summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class SelDurabilityTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sel-durability-").FullName;
    private readonly ManualTimeProvider _time = new();
    private string StateDirectory => Path.Combine(_root, "state");
    private string AwayDirectory => Path.Combine(_root, "away");

    public SelDurabilityTests() => Directory.CreateDirectory(StateDirectory);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private SelStore OpenStore()
    {
        var clock = new SelClock(
            new StateFile<SelClockState>(Path.Combine(StateDirectory, "sel-clock.json"), StateJsonContext.Default.SelClockState, NullLogger.Instance),
            _time);
        return new SelStore(
            new StateFile<SelState>(Path.Combine(StateDirectory, "sel.json"), StateJsonContext.Default.SelState, NullLogger.Instance),
            clock, SelStore.DefaultCapacity, _time, NullLogger.Instance);
    }

    private void BreakWrites() => Directory.Move(StateDirectory, AwayDirectory);

    private void RepairWrites() => Directory.Move(AwayDirectory, StateDirectory);

    private static EventMessage Event(byte sensor) =>
        new(EventMessage.IpmiV2Revision, SensorType.Temperature, sensor, false, EventReadingType.Threshold, 0x07);

    private static List<byte> SensorNumbers(SelStore store)
    {
        var numbers = new List<byte>();
        ushort id = 0;
        for (var guard = 0; guard < 1000 && store.TryGet(id, out var record, out var next); guard++)
        {
            numbers.Add(record.Event.SensorNumber);
            if (next == 0xFFFF)
                break;
            id = next;
        }
        return numbers;
    }

    [Test]
    public void A_requested_entry_that_cannot_be_saved_is_refused_and_not_kept()
    {
        using var store = OpenStore();
        var first = store.AddSystemEvent(Event(1), 0x0041);
        BreakWrites();

        Assert.Throws<StateWriteException>(() => store.AddSystemEvent(Event(2), 0x0041));

        Assert.That(SensorNumbers(store), Is.EqualTo(new byte[] { 1 }));
        RepairWrites();
        var next = store.AddSystemEvent(Event(3), 0x0041);
        Assert.That(next, Is.EqualTo((ushort)(first!.Value + 1)), "the refused entry's record ID is not used up");
        using var reopened = OpenStore();
        Assert.That(SensorNumbers(reopened), Is.EqualTo(new byte[] { 1, 3 }));
    }

    [Test]
    public void A_delete_or_clear_that_cannot_be_saved_leaves_every_entry_in_place()
    {
        using var store = OpenStore();
        store.AddSystemEvent(Event(1), 0x0041);
        store.AddSystemEvent(Event(2), 0x0041);
        BreakWrites();

        Assert.Throws<StateWriteException>(() => store.Delete(0x0000));
        Assert.Throws<StateWriteException>(store.Clear);

        Assert.That(SensorNumbers(store), Is.EqualTo(new byte[] { 1, 2 }));
    }

    [Test]
    public void An_event_the_bmc_logs_while_writes_fail_is_kept_and_saved_once_writes_succeed()
    {
        using var store = OpenStore();
        BreakWrites();

        Assert.That(store.LogSystemEvent(Event(7)), Is.Not.Null);
        Assert.That(store.LogSystemEvent(Event(8)), Is.Not.Null);
        Assert.That(store.UnsavedEvents, Is.EqualTo(2));
        Assert.That(SensorNumbers(store), Is.EqualTo(new byte[] { 7, 8 }), "readable from the running SEL meanwhile");

        _time.Advance(SelStore.RetryInterval);
        Assert.That(store.UnsavedEvents, Is.EqualTo(2), "still failing: still kept");
        RepairWrites();
        _time.Advance(SelStore.RetryInterval);

        Assert.That(store.UnsavedEvents, Is.Zero);
        using var reopened = OpenStore();
        Assert.That(SensorNumbers(reopened), Is.EqualTo(new byte[] { 7, 8 }));
    }

    [Test]
    public void A_failed_write_leaves_no_temporary_file_behind()
    {
        using var store = OpenStore();
        store.AddSystemEvent(Event(1), 0x0041);
        var sel = Path.Combine(StateDirectory, "sel.json");
        Directory.CreateDirectory(sel + ".tmp"); // the temporary file cannot be created: the write fails
        Assert.Throws<StateWriteException>(() => store.AddSystemEvent(Event(2), 0x0041));
        Directory.Delete(sel + ".tmp");

        store.AddSystemEvent(Event(3), 0x0041);

        Assert.That(Directory.GetFiles(StateDirectory).Select(Path.GetFileName), Is.EquivalentTo(new[] { "sel.json" }));
    }

    [Test]
    public void Out_of_space_maps_to_0xC4_and_other_write_failures_to_0xFF()
    {
        var mapper = new CompletionCodeMapper();

        Assert.That(mapper.Map(new StateWriteException("sel.json", new IOException("No space left on device", 28))), Is.EqualTo(CompletionCode.OutOfSpace));
        Assert.That(mapper.Map(new StateWriteException("sel.json", new IOException("Disk quota exceeded", 122))), Is.EqualTo(CompletionCode.OutOfSpace));
        Assert.That(mapper.Map(new StateWriteException("sel.json", new IOException("Read-only file system", 30))), Is.EqualTo(CompletionCode.Unspecified));
    }
}
