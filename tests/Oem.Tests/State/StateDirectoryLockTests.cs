using Oem.State;

namespace Oem.Tests.State;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class StateDirectoryLockTests : IDisposable
{
    private readonly string _directory = Path.Combine(Directory.CreateTempSubdirectory("state-lock-").FullName, "state");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_directory)!, recursive: true);

    [Test]
    public void A_second_holder_is_refused_with_the_first_one_s_pid_until_the_first_lets_go()
    {
        using (StateDirectoryLock.Acquire(_directory))
        {
            // flock(2) locks belong to the open file, so a second open in this process conflicts as another process would.
            var refused = Assert.Throws<StateDirectoryException>(() => StateDirectoryLock.Acquire(_directory))!;
            Assert.That(refused.Problem, Is.EqualTo(StateDirectoryProblem.InUse));
            Assert.That(refused.Detail, Is.EqualTo($"PID {Environment.ProcessId}"));
        }

        using var second = StateDirectoryLock.Acquire(_directory);
        Assert.That(second.Path, Is.EqualTo(Path.Combine(_directory, StateDirectoryLock.FileName)));
    }

    [Test]
    public void The_directory_is_created_owner_only_and_holds_only_the_lock_file()
    {
        using var held = StateDirectoryLock.Acquire(_directory);

        Assert.That(File.GetUnixFileMode(_directory), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute));
        Assert.That(Directory.GetFileSystemEntries(_directory).Select(Path.GetFileName), Is.EqualTo(new[] { StateDirectoryLock.FileName }));
    }

    [Test]
    public void A_path_that_is_a_file_is_unwritable_not_in_use()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_directory)!);
        File.WriteAllText(_directory, "not a directory");

        var refused = Assert.Throws<StateDirectoryException>(() => StateDirectoryLock.Acquire(_directory))!;

        Assert.That(refused.Problem, Is.EqualTo(StateDirectoryProblem.Unwritable));
    }
}
